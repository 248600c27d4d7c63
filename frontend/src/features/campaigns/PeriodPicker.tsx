import { Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

const PARTS = ['', 'H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4'] as const;
type Part = (typeof PARTS)[number];

function parse(value: string | undefined): { year?: number; part: Part } {
  const match = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/.exec(value ?? '');
  return match ? { year: Number(match[1]), part: (match[2] ?? '') as Part } : { part: '' };
}

interface PeriodPickerProps {
  /** The period's code as the API takes it: «2025», «2025-H1», «2025-Q3». */
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
  disabled?: boolean;
}

/**
 * A collection period chosen in words — a year and «весь год», «I полугодие» … «IV квартал» — instead of typed as
 * «2025-H1». The code the API takes is only the value.
 */
export function PeriodPicker({ value, onChange, id, disabled }: PeriodPickerProps) {
  const { t } = useTranslation();
  const { year, part } = parse(value);
  const thisYear = dayjs().year();
  const years = Array.from({ length: 9 }, (_, index) => thisYear + 1 - index);
  if (year != null && !years.includes(year)) years.push(year);
  const emit = (nextYear: number | undefined, nextPart: Part) => {
    if (nextYear != null) onChange?.(nextPart ? `${nextYear}-${nextPart}` : String(nextYear));
  };
  return (
    <Space.Compact>
      <Select<number>
        id={id}
        aria-label={t('usability.period.year')}
        value={year}
        disabled={disabled}
        style={{ width: 100 }}
        options={years.sort((a, b) => b - a).map((y) => ({ value: y, label: String(y) }))}
        onChange={(next) => emit(next, part)}
      />
      <Select<Part>
        aria-label={t('usability.period.part')}
        value={part}
        disabled={disabled}
        style={{ width: 170 }}
        options={PARTS.map((p) => ({ value: p, label: t(`usability.period.parts.${p || 'year'}`) }))}
        onChange={(next) => emit(year ?? thisYear - 1, next)}
      />
    </Space.Compact>
  );
}
