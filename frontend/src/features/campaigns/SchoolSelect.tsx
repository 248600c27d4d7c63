import { Select } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSchoolSearch } from '../../shared/reference/useSchoolSearch';

interface SchoolSelectProps {
  value?: number[];
  onChange?: (value: number[]) => void;
  id?: string;
}

/** Schools picked by searching the registry (name or INN); the registry answers within the caller's scope. */
export function SchoolSelect({ value, onChange, id }: SchoolSelectProps) {
  const { t } = useTranslation();
  const { setSearch, schools, loading } = useSchoolSearch();
  // Names of the schools once seen in results, so chosen ones keep their label after a new search.
  const names = useRef(new Map<number, string>());
  for (const school of schools) {
    names.current.set(school.id, `${school.shortName} (${school.municipalityName})`);
  }
  const ids = [...new Set([...(value ?? []), ...schools.map((school) => school.id)])];

  return (
    <Select
      id={id}
      mode="multiple"
      allowClear
      value={value}
      onChange={onChange}
      placeholder={t('campaigns.target.schoolSearch')}
      loading={loading}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={ids.map((schoolId) => ({ value: schoolId, label: names.current.get(schoolId) ?? `№ ${schoolId}` }))}
    />
  );
}
