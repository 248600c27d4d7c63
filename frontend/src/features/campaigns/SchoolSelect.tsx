import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';

interface SchoolSelectProps {
  value?: number[];
  onChange?: (value: number[]) => void;
  id?: string;
}

/** Schools picked by searching the registry (name or INN); the registry answers within the caller's scope. */
export function SchoolSelect({ value, onChange, id }: SchoolSelectProps) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  // Names of the schools once seen in results, so chosen ones keep their label after a new search.
  const names = useRef(new Map<number, string>());

  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);

  const schools = useQuery({
    queryKey: ['schools', 'search', q],
    enabled: q.length >= 2,
    staleTime: 60_000,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/schools', { params: { query: { q, size: 20 } }, signal })),
  });
  for (const school of schools.data?.items ?? []) {
    names.current.set(school.id, `${school.shortName} (${school.municipalityName})`);
  }
  const found = (schools.data?.items ?? []).map((school) => school.id);
  const ids = [...new Set([...(value ?? []), ...(q.length >= 2 ? found : [])])];

  return (
    <Select
      id={id}
      mode="multiple"
      allowClear
      value={value}
      onChange={onChange}
      placeholder={t('campaigns.target.schoolSearch')}
      loading={schools.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={ids.map((schoolId) => ({ value: schoolId, label: names.current.get(schoolId) ?? `№ ${schoolId}` }))}
    />
  );
}
