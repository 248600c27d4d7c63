import type { components } from '../api/schema';

type Schemas = components['schemas'];

/**
 * A rule's condition as its form holds it (identification criteria and the derivation of risk levels edit the same
 * condition): fields the user has not filled yet are absent.
 */
export interface ConditionValues {
  indicatorId?: number;
  cuts?: string[];
  cutMatch: Schemas['RuleCutMatch'];
  minCuts?: number | null;
  comparison: Schemas['RuleComparison'];
  threshold?: number | null;
  yearsRequired: number;
  yearsWindow: number;
  minParticipants?: number | null;
  missingData: Schemas['RuleMissingData'];
}

/** The condition as the API takes it; «at least m cuts» keeps its m only when chosen. */
export function conditionInput(c: ConditionValues): Schemas['RuleConditionInput'] {
  return {
    indicatorId: c.indicatorId ?? 0,
    cuts: c.cuts ?? [],
    cutMatch: c.cutMatch,
    minCuts: c.cutMatch === 'AT_LEAST' ? (c.minCuts ?? null) : null,
    comparison: c.comparison,
    threshold: c.threshold ?? 0,
    yearsRequired: c.yearsRequired,
    yearsWindow: c.yearsWindow,
    minParticipants: c.minParticipants ?? null,
    missingData: c.missingData,
  };
}
