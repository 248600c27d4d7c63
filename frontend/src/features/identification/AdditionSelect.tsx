import { Select } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSchoolSearch } from '../../shared/reference/useSchoolSearch';
import type { SchoolEvidence } from './types';

interface AdditionSelectProps {
  value?: number;
  onChange?: (value: number) => void;
  id?: string;
  /** The schools the dry run touched but did not propose (flagged, skipped, leaving), offered first. */
  touched: SchoolEvidence[];
}

/**
 * A school the expert adds to the list: one the dry run touched, or any school of the region found in the registry by
 * name or INN (the server checks that it lies in the set's region and is not proposed already).
 */
export function AdditionSelect({ value, onChange, id, touched }: AdditionSelectProps) {
  const { t } = useTranslation();
  const { setSearch, schools, loading } = useSchoolSearch();
  const [text, setText] = useState('');
  // Names of the schools once seen in results, so a chosen one keeps its label after a new search.
  const names = useRef(new Map<number, string>());
  for (const school of schools) {
    names.current.set(school.id, `${school.shortName} (${school.municipalityName})`);
  }
  const needle = text.trim().toLocaleLowerCase('ru');
  const fromRun = touched
    .filter((s) => needle === '' || s.schoolName.toLocaleLowerCase('ru').includes(needle))
    .map((s) => ({ value: s.schoolId, label: `${s.schoolName} — ${t(`identification.outcome.${s.outcome}`)}` }));
  const found = schools
    .filter((s) => !touched.some((o) => o.schoolId === s.id))
    .map((s) => ({ value: s.id, label: names.current.get(s.id) ?? s.shortName }));
  const shown = new Set([...fromRun, ...found].map((o) => o.value));
  const chosen =
    value != null && !shown.has(value)
      ? [{ value, label: touched.find((s) => s.schoolId === value)?.schoolName ?? names.current.get(value) ?? `№ ${value}` }]
      : [];
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      style={{ width: 300 }}
      aria-label={t('identification.approve.school')}
      placeholder={t('identification.approve.schoolSearch')}
      loading={loading}
      showSearch={{
        filterOption: false,
        onSearch: (input) => {
          setText(input);
          setSearch(input);
        },
      }}
      options={[
        ...chosen,
        ...(fromRun.length > 0 ? [{ label: t('identification.approve.fromRun'), options: fromRun }] : []),
        ...(found.length > 0 ? [{ label: t('identification.approve.fromRegistry'), options: found }] : []),
      ]}
    />
  );
}
