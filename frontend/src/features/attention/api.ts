import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import type { AttentionItem } from '../../shared/api/types';

export const attentionKeys = {
  all: ['attention'] as const,
  at: (asOf?: string) => ['attention', asOf ?? 'today'] as const,
};

/** What waits for the caller (GET /attention); the menu shows its count, the home page its items. */
export function useAttention(asOf?: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: attentionKeys.at(asOf),
    staleTime: 60_000,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/attention', { params: { query: { asOf } }, signal })),
  });
}

/** The number shown beside the menu entry: every item waiting, or nothing while it loads. */
export function useAttentionCount(): number | undefined {
  return useAttention().data?.total;
}

/** The page an item leads to; the server names the object, the SPA knows its routes. */
export function attentionLink(item: AttentionItem): string {
  switch (item.target) {
    case 'ROADMAP':
      return `/roadmaps/${item.targetId}`;
    case 'ROADMAP_REPORT':
      return `/roadmaps/${item.targetId}/reports/${item.period ?? ''}`;
    case 'CAMPAIGN':
      return `/campaigns/${item.targetId}`;
    case 'CAMPAIGN_FORM':
      return `/campaigns/${item.targetId}/forms/${item.childId ?? ''}`;
    case 'MEETING':
      return item.childId == null ? `/meetings/${item.targetId}` : `/meetings/${item.targetId}?decision=${item.childId}`;
    case 'RECOMMENDATION':
      return `/recommendations/${item.targetId}`;
    case 'CURATOR_VISIT':
      return `/visits?visit=${item.targetId}`;
  }
}
