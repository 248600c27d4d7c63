import { Flex, Segmented, Select, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalyticsLevel, Indicator, IndicatorDimension } from '../../shared/api/types';
import { useCurrentUser } from '../../shared/me/CurrentUser';
import { useMunicipalities } from '../../shared/reference/registry';
import { useSchoolSearch } from '../../shared/reference/useSchoolSearch';
import type { AnalyticsState } from './AnalyticsPage';
import { cutDimensions, cutKey, cutParts, fixedUnit, LEVELS } from './model';

interface AnalyticsFiltersProps {
  state: AnalyticsState;
  /** The cut in effect (the requested one or the indicator's first). */
  cut: string | undefined;
  indicators: Indicator[] | undefined;
  dimensions: IndicatorDimension[] | undefined;
  loading: boolean;
  /** The name of the chosen municipality or school as the last answer gave it. */
  unitName?: string;
  onChange: (patch: Partial<AnalyticsState>) => void;
}

/** Indicator (by group), its cut, and the level with its municipality or school. */
export function AnalyticsFilters({ state, cut, indicators, dimensions, loading, unitName, onChange }: AnalyticsFiltersProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const indicator = indicators?.find((i) => i.id === state.indicatorId);

  // Text indicators have nothing to add up, so they are not offered.
  const options = useMemo(() => {
    const groups = new Map<string, { label: string; options: { value: number; label: string; code: string }[] }>();
    for (const i of indicators ?? []) {
      if (i.valueType === 'TEXT') continue;
      const group = groups.get(i.groupCode) ?? { label: i.groupName, options: [] };
      group.options.push({ value: i.id, label: i.name, code: i.code });
      groups.set(i.groupCode, group);
    }
    return [...groups.entries()].map(([code, group]) => ({ ...group, key: code, title: group.label }));
  }, [indicators]);

  const parts = cutParts(cut);
  const choose = (level: AnalyticsLevel) =>
    onChange({ level, unitId: fixedUnit(me, level), period: undefined });

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Select<number>
          showSearch={{
            filterOption: (input, option) => {
              const text = `${option?.label ?? ''} ${(option as { code?: string } | undefined)?.code ?? ''}`.toLowerCase();
              return text.includes(input.toLowerCase());
            },
          }}
          loading={loading}
          placeholder={t('analytics.indicatorPlaceholder')}
          aria-label={t('analytics.indicator')}
          style={{ width: 560, maxWidth: '100%' }}
          value={indicator?.id}
          onChange={(indicatorId) => onChange({ indicatorId, cut: undefined, period: undefined })}
          options={options}
          popupMatchSelectWidth={false}
          data-testid="indicator-select"
        />
        {cutDimensions(indicator, dimensions).map((dimension) => (
          <Select<string>
            key={dimension.code}
            aria-label={dimension.name}
            style={{ minWidth: 180 }}
            value={parts[dimension.code]}
            onChange={(value) => onChange({ cut: cutKey({ ...parts, [dimension.code]: value }), period: state.period })}
            options={dimension.values.map((v) => ({ value: v.code, label: v.name }))}
            prefix={<Typography.Text type="secondary">{dimension.name}:</Typography.Text>}
          />
        ))}
      </Flex>
      <Flex gap={8} wrap align="center">
        <Space size={8}>
          <Typography.Text type="secondary">{t('analytics.level')}</Typography.Text>
          <Segmented<AnalyticsLevel>
            aria-label={t('analytics.level')}
            value={state.level}
            onChange={choose}
            options={LEVELS.map((level) => ({ value: level, label: t(`analytics.levels.${level}`) }))}
          />
        </Space>
        {state.level === 'MUNICIPALITY' && me.role === 'MINISTRY' && (
          <MunicipalitySelect regionId={me.organisation.regionId} value={state.unitId} onChange={(unitId) => onChange({ unitId })} />
        )}
        {state.level === 'SCHOOL' && me.role !== 'SCHOOL' && (
          <SchoolPicker value={state.unitId} name={unitName} onChange={(unitId) => onChange({ unitId })} />
        )}
      </Flex>
    </Flex>
  );
}

function MunicipalitySelect({ regionId, value, onChange }: { regionId: number; value?: number; onChange: (id: number) => void }) {
  const { t } = useTranslation();
  const municipalities = useMunicipalities(regionId);
  return (
    <Select<number>
      showSearch={{ optionFilterProp: 'label' }}
      loading={municipalities.isPending}
      placeholder={t('analytics.municipalityPlaceholder')}
      aria-label={t('analytics.municipality')}
      style={{ width: 300 }}
      value={value}
      onChange={onChange}
      options={(municipalities.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
    />
  );
}

/** One school found by name or INN in the caller's registry scope. */
function SchoolPicker({ value, name, onChange }: { value?: number; name?: string; onChange: (id: number) => void }) {
  const { t } = useTranslation();
  const { setSearch, schools, searching, loading } = useSchoolSearch();
  const options = schools.map((s) => ({ value: s.id, label: `${s.shortName} (${s.municipalityName})` }));
  if (value != null && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: name ?? `№ ${value}` });
  }
  return (
    <Select<number>
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={loading}
      placeholder={t('analytics.schoolPlaceholder')}
      aria-label={t('analytics.school')}
      style={{ width: 420, maxWidth: '100%' }}
      value={value}
      onChange={onChange}
      options={options}
      notFoundContent={!searching ? t('analytics.schoolSearchHint') : undefined}
    />
  );
}
