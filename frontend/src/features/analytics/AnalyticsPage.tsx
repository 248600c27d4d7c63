import { Card, Empty, Flex, Spin } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AnalyticsLevel, Me } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { PageHeader } from '../../shared/layout/PageHeader';
import { useCurrentUser } from '../../shared/me/CurrentUser';
import { useIndicatorDimensions, useIndicators } from '../../shared/reference/indicators';
import { AnalyticsFilters } from './AnalyticsFilters';
import { useIndicatorDynamics, type BreakdownQuery, type DynamicsQuery } from './api';
import { BreakdownCard } from './BreakdownCard';
import { DynamicsCard } from './DynamicsCard';
import { breakdownAllowed, defaultScope, effectiveCut, fixedUnit, LEVELS } from './model';

/** What the page shows, kept in the address so a view can be bookmarked and sent on. */
export interface AnalyticsState {
  indicatorId?: number;
  /** The cut as asked for; the page falls back to the indicator's first one. */
  cut?: string;
  level: AnalyticsLevel;
  unitId?: number;
  period?: string;
}

function positive(value: string | null): number | undefined {
  const number = Number(value);
  return value && Number.isSafeInteger(number) && number > 0 ? number : undefined;
}

function parseState(params: URLSearchParams, me: Me): AnalyticsState {
  const requested = params.get('level') as AnalyticsLevel | null;
  const fallback = defaultScope(me);
  const level = requested && LEVELS.includes(requested) ? requested : fallback.level;
  return {
    indicatorId: positive(params.get('indicator')),
    cut: params.get('cut') ?? undefined,
    level,
    unitId: fixedUnit(me, level) ?? (requested ? positive(params.get('unit')) : fallback.unitId),
    period: params.get('period') ?? undefined,
  };
}

function toParams(state: AnalyticsState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.indicatorId != null) params.set('indicator', String(state.indicatorId));
  if (state.cut) params.set('cut', state.cut);
  params.set('level', state.level);
  if (state.unitId != null) params.set('unit', String(state.unitId));
  if (state.period) params.set('period', state.period);
  return params;
}

/**
 * «Анализ»: an indicator's dynamics over periods against the regional target for the region, a municipality
 * or a school, and for one period the breakdown by municipality or by school with an XLSX export.
 */
export default function AnalyticsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseState(params, me), [params, me]);
  const setState = useCallback(
    (patch: Partial<AnalyticsState>) => setParams(toParams({ ...parseState(params, me), ...patch }), { replace: false }),
    [params, me, setParams],
  );

  const indicators = useIndicators();
  const dimensions = useIndicatorDimensions();
  const indicator = indicators.data?.find((i) => i.id === state.indicatorId);
  // A cut is named by the dictionary's order of values, so a broken-down indicator waits for the dictionary.
  const cutReady = indicator != null && (!hasDimensions(indicator.dimensions) || dimensions.data != null);
  const cut = cutReady ? effectiveCut(indicator, dimensions.data, state.cut ?? null) : undefined;
  const dynamicsQuery: DynamicsQuery | undefined =
    indicator && cutReady && (state.level === 'REGION' || state.unitId != null)
      ? { indicatorId: indicator.id, level: state.level, unitId: state.level === 'REGION' ? undefined : state.unitId, disaggregation: cut }
      : undefined;
  const dynamics = useIndicatorDynamics(dynamicsQuery);

  // The breakdown's period: the chosen one while the dynamics have it, else the server's default — the latest
  // one that enough of the expected schools stand behind.
  const current = dynamics.data?.indicatorId === indicator?.id ? dynamics.data : undefined;
  const points = current?.points ?? [];
  const period = points.some((p) => p.period === state.period) ? state.period : (current?.defaultPeriod ?? points.at(-1)?.period);
  const breakdownQuery: BreakdownQuery | undefined =
    dynamicsQuery && period && breakdownAllowed(me, state.level)
      ? {
          indicatorId: dynamicsQuery.indicatorId,
          period,
          municipalityId: state.level === 'MUNICIPALITY' ? state.unitId : undefined,
          disaggregation: cut,
        }
      : undefined;

  if (indicators.isError && !indicators.data) {
    return <QueryErrorResult error={indicators.error} onRetry={() => void indicators.refetch()} />;
  }

  return (
    <>
      <PageHeader title={t('analytics.title')} subtitle={t('analytics.subtitle')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <AnalyticsFilters
          state={state}
          cut={cut}
          indicators={indicators.data}
          dimensions={dimensions.data}
          loading={indicators.isPending}
          unitName={current?.unitId === state.unitId ? current?.unitName : undefined}
          onChange={setState}
        />
      </Card>
      {indicators.isPending ? (
        <Spin style={{ display: 'block', margin: '64px auto' }} />
      ) : !indicator ? (
        <Empty description={t('analytics.chooseIndicator')} data-testid="analytics-choose" />
      ) : !dynamicsQuery ? (
        <Empty description={t(state.level === 'SCHOOL' ? 'analytics.chooseSchool' : 'analytics.chooseMunicipality')} />
      ) : (
        <Flex vertical gap={16}>
          <DynamicsCard indicator={indicator} dynamics={dynamics} />
          {points.length > 0 &&
            (breakdownQuery ? (
              <BreakdownCard
                query={breakdownQuery}
                points={points}
                onPeriod={(next) => setState({ period: next })}
                onOpen={(level, unitId) => setState({ level, unitId, period })}
              />
            ) : (
              <Card size="small" title={t('analytics.breakdown.title')}>
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('analytics.breakdown.notForLevel')} />
              </Card>
            ))}
        </Flex>
      )}
    </>
  );
}

function hasDimensions(dimensions: Record<string, string[]> | null | undefined): boolean {
  return Object.values(dimensions ?? {}).some((values) => values.length > 0);
}
