import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseSchoolsQuery, toSearchParams, type SchoolsQuery } from './schoolsQuery';

/** The schools table's state read from and written to the address bar (each change is a history entry). */
export function useSchoolsQueryState(): [SchoolsQuery, (next: SchoolsQuery) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseSchoolsQuery(searchParams), [searchParams]);
  const setQuery = useCallback((next: SchoolsQuery) => setSearchParams(toSearchParams(next)), [setSearchParams]);
  return [query, setQuery];
}
