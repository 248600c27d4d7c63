import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import type {
  CampaignForm,
  CampaignInput,
  CampaignTransition,
  FormReopening,
  FormReview,
  PagedQueryOf,
  QueryOf,
  ValueInput,
} from '../../shared/api/types';

export type CampaignsQuery = QueryOf<'listCampaigns'>;

export type FormsQuery = PagedQueryOf<'listCampaignForms'>;

export const campaignKeys = {
  all: ['campaigns'] as const,
  list: (query: CampaignsQuery) => ['campaigns', 'list', query] as const,
  campaign: (id: number) => ['campaigns', 'one', id] as const,
  completeness: (id: number) => ['campaigns', 'completeness', id] as const,
  forms: (id: number, query: FormsQuery) => ['campaigns', 'forms', id, query] as const,
  form: (id: number, schoolId: number) => ['campaigns', 'form', id, schoolId] as const,
  history: (id: number, schoolId: number) => ['campaigns', 'history', id, schoolId] as const,
  reviews: ['campaigns', 'reviews'] as const,
};

export function useCampaigns(query: CampaignsQuery) {
  const client = useApiClient();
  return useQuery({
    queryKey: campaignKeys.list(query),
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/campaigns', { params: { query: { status: query.status, year: query.year } }, signal })),
  });
}

export function useCampaign(campaignId: number, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: campaignKeys.campaign(campaignId),
    enabled,
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/campaigns/{campaignId}', { params: { path: { campaignId } }, signal })),
  });
}

export function useCompleteness(campaignId: number, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: campaignKeys.completeness(campaignId),
    enabled,
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/campaigns/{campaignId}/completeness', { params: { path: { campaignId } }, signal })),
  });
}

export function useCampaignForms(campaignId: number, query: FormsQuery, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: campaignKeys.forms(campaignId, query),
    enabled,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/api/v1/campaigns/{campaignId}/forms', {
          params: {
            path: { campaignId },
            query: {
              municipalityId: query.municipalityId,
              status: query.status,
              late: query.late || undefined,
              q: query.q || undefined,
              page: query.page,
              size: query.size,
            },
          },
          signal,
        }),
      ),
  });
}

export function useCreateCampaign() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CampaignInput) => unwrap(client.POST('/api/v1/campaigns', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}

export function useUpdateCampaign(campaignId: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CampaignInput) =>
      unwrap(client.PUT('/api/v1/campaigns/{campaignId}', { params: { path: { campaignId } }, body })),
    onSuccess: (campaign) => {
      queryClient.setQueryData(campaignKeys.campaign(campaignId), campaign);
      void queryClient.invalidateQueries({ queryKey: campaignKeys.all });
    },
  });
}

export function useCampaignTransition(campaignId: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CampaignTransition) =>
      unwrap(client.POST('/api/v1/campaigns/{campaignId}/transitions', { params: { path: { campaignId } }, body })),
    onSuccess: (campaign) => {
      queryClient.setQueryData(campaignKeys.campaign(campaignId), campaign);
      // Opening makes the forms: completeness and the form list change with the status.
      void queryClient.invalidateQueries({ queryKey: campaignKeys.all });
    },
  });
}

export function useCampaignReviews() {
  const client = useApiClient();
  return useQuery({
    queryKey: campaignKeys.reviews,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/campaign-reviews', { signal })),
  });
}

export function useCampaignForm(campaignId: number, schoolId: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: campaignKeys.form(campaignId, schoolId),
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/api/v1/campaigns/{campaignId}/forms/{schoolId}', { params: { path: { campaignId, schoolId } }, signal }),
      ),
  });
}

export function useFormHistory(campaignId: number, schoolId: number, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: campaignKeys.history(campaignId, schoolId),
    enabled,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/api/v1/campaigns/{campaignId}/forms/{schoolId}/history', {
          params: { path: { campaignId, schoolId } },
          signal,
        }),
      ),
  });
}

/**
 * Every change of a form answers with the whole form: it replaces the cached one, and the lists, the
 * completeness, the review queue and the history that depend on it are refetched.
 */
function useFormMutation<Body>(
  campaignId: number,
  schoolId: number,
  call: (body: Body) => Promise<CampaignForm>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (form) => {
      queryClient.setQueryData(campaignKeys.form(campaignId, schoolId), form);
      void queryClient.invalidateQueries({
        predicate: (query) =>
          query.queryKey[0] === 'campaigns' &&
          !(query.queryKey[1] === 'form' && query.queryKey[2] === campaignId && query.queryKey[3] === schoolId),
      });
    },
  });
}

export function useSaveFormValues(campaignId: number, schoolId: number) {
  const client = useApiClient();
  return useFormMutation(campaignId, schoolId, (values: ValueInput[]) =>
    unwrap(
      client.PUT('/api/v1/campaigns/{campaignId}/forms/{schoolId}/values', {
        params: { path: { campaignId, schoolId } },
        body: { values },
      }),
    ),
  );
}

export function useSubmitForm(campaignId: number, schoolId: number) {
  const client = useApiClient();
  return useFormMutation(campaignId, schoolId, (version: number) =>
    unwrap(
      client.POST('/api/v1/campaigns/{campaignId}/forms/{schoolId}/submission', {
        params: { path: { campaignId, schoolId } },
        body: { version },
      }),
    ),
  );
}

export function useReviewForm(campaignId: number, schoolId: number) {
  const client = useApiClient();
  return useFormMutation(campaignId, schoolId, (body: FormReview) =>
    unwrap(
      client.POST('/api/v1/campaigns/{campaignId}/forms/{schoolId}/review', { params: { path: { campaignId, schoolId } }, body }),
    ),
  );
}

export function useReopenForm(campaignId: number, schoolId: number) {
  const client = useApiClient();
  return useFormMutation(campaignId, schoolId, (body: FormReopening) =>
    unwrap(
      client.POST('/api/v1/campaigns/{campaignId}/forms/{schoolId}/reopening', {
        params: { path: { campaignId, schoolId } },
        body,
      }),
    ),
  );
}
