// Aliases over the generated schema for «500+» risk profiles, factors and the region's analytics.
import type { components } from '../../shared/api/schema';

type Schemas = components['schemas'];

export type RiskFactor = Schemas['RiskFactor'];
export type RiskProfile = Schemas['RiskProfile'];
export type FactorLevel = Schemas['RiskFactorLevel'];
export type RiskLevel = Schemas['RiskLevel'];
export type LevelSource = Schemas['RiskLevelSource'];
export type ProfileStatus = Schemas['RiskProfileStatus'];
export type Movement = Schemas['RiskMovement'];
export type ProfileRevision = Schemas['RiskProfileRevision'];
export type ProfileSummary = Schemas['RiskProfileSummary'];
export type LevelInput = Schemas['RiskLevelInput'];
export type OverrideInput = Schemas['RiskOverrideInput'];
export type RiskAnalytics = Schemas['RiskAnalytics'];
export type RiskFactorInput = Schemas['RiskFactorInput'];
export type DerivationInput = Schemas['RiskDerivationInput'];
export type DerivationRule = Schemas['RiskDerivationRule'];
export type RuleIndicator = Schemas['RuleIndicator'];
export type ConditionInput = Schemas['RuleConditionInput'];
export type ConditionView = Schemas['RuleConditionView'];
export type Comparison = Schemas['RuleComparison'];
export type MissingData = Schemas['RuleMissingData'];
export type CutMatch = Schemas['RuleCutMatch'];
