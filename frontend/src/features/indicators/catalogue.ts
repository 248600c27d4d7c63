import type { Indicator, IndicatorDimension, IndicatorGroup } from '../../shared/api/types';

/** «Предмет: Русский язык, Математика; Класс: 4 класс» from the codes of an indicator's breakdowns. */
export function dimensionsText(dimensions: Indicator['dimensions'] | null | undefined, dictionary: IndicatorDimension[] | undefined) {
  return Object.entries(dimensions ?? {})
    .filter(([, values]) => values.length > 0)
    .map(([code, values]) => {
      const dimension = dictionary?.find((d) => d.code === code);
      const names = values.map((value) => dimension?.values.find((v) => v.code === value)?.name ?? value);
      return `${dimension?.name ?? code}: ${names.join(', ')}`;
    });
}

export function groupOptions(groups: IndicatorGroup[] | undefined) {
  return [...(groups ?? [])]
    .sort((left, right) => left.position - right.position)
    .map((group) => ({ value: group.code, label: group.name }));
}
