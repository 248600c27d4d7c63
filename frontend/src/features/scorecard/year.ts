import { useSearchParams } from 'react-router';

/** Years the scorecard is kept for in the selector: four back and the next one (roadmaps are approved ahead). */
export function yearOptions(around: number) {
  const current = new Date().getFullYear();
  const years = new Set([current - 4, current - 3, current - 2, current - 1, current, current + 1, around]);
  return [...years].sort((a, b) => b - a).map((y) => ({ value: y, label: String(y) }));
}

/** The year of the region page lives in the address (`?year=2025`), so a link or a reload keeps it. */
export function useYearParam(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('year'));
  const year = Number.isInteger(raw) && raw >= 2000 && raw <= 2100 ? raw : new Date().getFullYear();
  return [
    year,
    (next) =>
      setParams(
        (previous) => {
          const updated = new URLSearchParams(previous);
          if (next === new Date().getFullYear()) updated.delete('year');
          else updated.set('year', String(next));
          return updated;
        },
        { replace: true },
      ),
  ];
}
