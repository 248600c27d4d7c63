// Aliases over the generated schema for the scorecard of municipal roadmaps (seed 002) and its analytical note.
import type { components } from '../../shared/api/schema';

type Schemas = components['schemas'];

export type RegionScorecard = Schemas['RegionScorecard'];
export type MunicipalityScorecard = Schemas['MunicipalityScorecard'];
export type ScorecardRow = Schemas['ScorecardRow'];
export type ScorecardCell = Schemas['ScorecardCell'];
export type CriterionSummary = Schemas['ScorecardCriterionSummary'];
export type CriterionCard = Schemas['ScorecardCriterionCard'];
export type Criterion = Schemas['ScorecardCriterion'];
export type Mark = Schemas['ScorecardMark'];
export type ExpertMark = Schemas['ScorecardExpertMark'];
export type Figure = Schemas['ScorecardFigure'];
export type Evidence = Schemas['ScorecardEvidence'];
export type EvidenceKind = Schemas['ScorecardEvidenceKind'];
export type Threshold = Schemas['ScorecardThreshold'];
export type EffectIndicator = Schemas['ScorecardEffectIndicator'];
export type EffectRow = Schemas['ScorecardEffectRow'];
export type EffectGroup = Schemas['ScorecardEffectGroup'];
export type Verdict = Schemas['ScorecardEffectVerdict'];
export type MarkInput = Schemas['ScorecardMarkInput'];
export type MarkUpdate = Schemas['ScorecardMarkUpdate'];
export type Settings = Schemas['ScorecardSettings'];
export type SettingsInput = Schemas['ScorecardSettingsInput'];
export type Snapshot = Schemas['ScorecardSnapshot'];
export type NoteTexts = Schemas['ScorecardNoteTexts'];
