import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../shared/api/ApiClientProvider';
import { unwrap } from '../../shared/api/errors';
import type { IndicatorInput, IndicatorTarget } from '../../shared/api/types';
import { indicatorKeys } from '../../shared/reference/indicators';

export function useCreateIndicator() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IndicatorInput) => unwrap(client.POST('/api/v1/indicators', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
  });
}

export function useUpdateIndicator() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ indicatorId, body }: { indicatorId: number; body: IndicatorInput }) =>
      unwrap(client.PUT('/api/v1/indicators/{indicatorId}', { params: { path: { indicatorId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
  });
}

export function useSetTargets() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ indicatorId, targets, version }: { indicatorId: number; targets: IndicatorTarget[]; version: number }) =>
      unwrap(client.PUT('/api/v1/indicators/{indicatorId}/targets', { params: { path: { indicatorId } }, body: { targets, version } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
  });
}
