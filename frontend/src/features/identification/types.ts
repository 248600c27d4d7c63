// Aliases over the generated schema for identification of ШНОР/ШНСУ (criteria sets, dry runs, approved lists).
import type { components } from '../../shared/api/schema';

type Schemas = components['schemas'];

export type CriteriaSet = Schemas['CriteriaSet'];
export type CriteriaSetSummary = Schemas['CriteriaSetSummary'];
export type CriteriaSetInput = Schemas['CriteriaSetInput'];
export type CriteriaRule = Schemas['CriteriaRule'];
export type RuleInput = Schemas['CriteriaRuleInput'];
export type RuleGroupInput = Schemas['CriteriaRuleGroupInput'];
export type ConditionInput = Schemas['RuleConditionInput'];
export type ConditionView = Schemas['RuleConditionView'];
export type RuleIndicator = Schemas['RuleIndicator'];
export type RulePreview = Schemas['RulePreview'];
export type DryRun = Schemas['IdentificationDryRun'];
export type SchoolEvidence = Schemas['SchoolEvidence'];
export type GroupEvidence = Schemas['GroupEvidence'];
export type RuleEvidence = Schemas['RuleEvidence'];
export type YearEvidence = Schemas['YearEvidence'];
export type ApprovalInput = Schemas['IdentificationApproval'];
export type ApprovalOrder = Schemas['ApprovalOrder'];
export type IdentificationList = Schemas['IdentificationList'];
export type ListEntry = Schemas['IdentificationListEntry'];
export type ListSummary = Schemas['IdentificationListSummary'];
export type Outcome = Schemas['IdentificationOutcome'];
export type Decision = Schemas['IdentificationDecision'];
export type Combination = Schemas['RuleCombination'];
export type Comparison = Schemas['RuleComparison'];
export type CutMatch = Schemas['RuleCutMatch'];
export type MissingData = Schemas['RuleMissingData'];
export type RuleOutcome = Schemas['RuleOutcome'];
export type YearStatus = Schemas['RuleYearStatus'];
export type CriteriaSetPermission = Schemas['CriteriaSetPermission'];
export type IdentifiedCategory = 'SHNOR' | 'SHNSU' | 'NON_OBJECTIVE_RESULTS';
