// Russian conventions for every language of the UI: the documents and counts are Russian records.
const LOCALE = 'ru-RU';

const numberFormat = new Intl.NumberFormat(LOCALE);
const dateFormat = new Intl.DateTimeFormat(LOCALE, { day: '2-digit', month: '2-digit', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date-only string is a calendar day: parse it as local, not UTC midnight, so it never shifts a day. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) return new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]));
  return new Date(value);
}

export function formatNumber(value: number | null | undefined): string {
  return value == null ? '' : numberFormat.format(value);
}

/** dd.MM.yyyy */
export function formatDate(value: string | Date | null | undefined): string {
  if (value == null || value === '') return '';
  const date = toDate(value);
  return Number.isNaN(date.getTime()) ? String(value) : dateFormat.format(date);
}

/** dd.MM.yyyy, HH:mm */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value == null || value === '') return '';
  const date = toDate(value);
  return Number.isNaN(date.getTime()) ? String(value) : dateTimeFormat.format(date);
}

// Indicator values keep up to four decimals (the server's limit): 12,3456 must not print as 12,346.
const measureFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 4 });

/** An indicator value with its unit: «40 %», «1 234 чел.»; empty when there is no value. */
export function formatMeasure(value: number | null | undefined, unit?: string | null): string {
  if (value == null) return '';
  const number = measureFormat.format(value);
  return unit ? `${number} ${unit}` : number;
}
