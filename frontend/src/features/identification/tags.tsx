import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Decision, Outcome, RuleOutcome, YearStatus } from './types';

const OUTCOME_COLOR: Record<Outcome, string> = {
  ENTERING: 'volcano',
  STAYING: 'orange',
  LEAVING: 'green',
  FLAGGED: 'purple',
  SKIPPED: 'default',
  NOT_MET: 'default',
};

const DECISION_COLOR: Record<Decision, string> = {
  INCLUDED: 'volcano',
  ADDED: 'magenta',
  EXCLUDED: 'blue',
  NOT_INCLUDED: 'default',
};

const RULE_COLOR: Record<RuleOutcome, string> = { MET: 'red', NOT_MET: 'green', FLAGGED: 'purple', SKIPPED: 'default' };
const YEAR_COLOR: Record<YearStatus, string> = { MET: 'red', NOT_MET: 'green', MISSING: 'default' };

export function OutcomeTag({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  return <Tag color={OUTCOME_COLOR[outcome]}>{t(`identification.outcome.${outcome}`)}</Tag>;
}

export function DecisionTag({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  return <Tag color={DECISION_COLOR[decision]}>{t(`identification.decision.${decision}`)}</Tag>;
}

export function RuleOutcomeTag({ outcome }: { outcome: RuleOutcome }) {
  const { t } = useTranslation();
  return <Tag color={RULE_COLOR[outcome]}>{t(`identification.ruleOutcome.${outcome}`)}</Tag>;
}

export function YearStatusTag({ status }: { status: YearStatus }) {
  const { t } = useTranslation();
  return <Tag color={YEAR_COLOR[status]}>{t(`identification.yearStatus.${status}`)}</Tag>;
}
