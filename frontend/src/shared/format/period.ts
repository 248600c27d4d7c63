import type { TFunction } from 'i18next';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** A period code as people read it: «2024», «I полугодие 2025», «III квартал 2025». */
export function periodText(code: string | null | undefined, t: TFunction): string {
  const match = /^(\d{4})-([HQ])([1-4])$/.exec(code ?? '');
  if (!match) return code ?? '';
  const [, year, kind, n] = match;
  return t(kind === 'H' ? 'campaigns.periodCode.half' : 'campaigns.periodCode.quarter', { n: ROMAN[Number(n) - 1], year });
}
