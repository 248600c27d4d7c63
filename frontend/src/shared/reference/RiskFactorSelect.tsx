import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRiskFactors } from './riskFactors';

/** A «500+» risk factor of the region for an item of an anti-risk programme; empty when the item names none. */
export function RiskFactorSelect({ value, onChange, id }: { value?: number | null; onChange?: (value: number | null) => void; id?: string }) {
  const { t } = useTranslation();
  const factors = useRiskFactors();
  return (
    <Select
      id={id}
      allowClear
      loading={factors.isLoading}
      value={value ?? undefined}
      placeholder={t('identification.risk.noFactor')}
      onChange={(v: number | undefined) => onChange?.(v ?? null)}
      options={(factors.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
    />
  );
}
