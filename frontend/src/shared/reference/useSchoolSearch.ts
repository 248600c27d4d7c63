import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useApiClient } from '../api/ApiClientProvider';
import { unwrap } from '../api/errors';

/** The minimum typed before the registry is asked. */
export const SCHOOL_SEARCH_MIN = 2;

/**
 * Schools found by name or INN as the user types (debounced), within the caller's registry scope.
 * `schools` is empty until the search has at least {@link SCHOOL_SEARCH_MIN} characters.
 */
export function useSchoolSearch() {
  const client = useApiClient();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const result = useQuery({
    queryKey: ['schools', 'search', q],
    enabled: q.length >= SCHOOL_SEARCH_MIN,
    staleTime: 60_000,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/schools', { params: { query: { q, size: 20 } }, signal })),
  });
  return {
    setSearch,
    searching: q.length >= SCHOOL_SEARCH_MIN,
    schools: q.length >= SCHOOL_SEARCH_MIN ? (result.data?.items ?? []) : [],
    loading: result.isFetching,
  };
}
