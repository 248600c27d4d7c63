// Runtime lists of the API's enum values (the generated schema carries types only).
// `exhaustive` makes typecheck fail when the OpenAPI document gains or loses a value.
import type {
  Better,
  CampaignStatus,
  EducationLevel,
  FormStatus,
  IndicatorPeriodicity,
  IndicatorSource,
  MunicipalityKind,
  Permission,
  RoadmapLevel,
  RoadmapStatus,
  SchoolCategory,
  SettlementType,
  ValueType,
} from './types';

type Exhaustive<Union, List extends readonly Union[]> = [Exclude<Union, List[number]>] extends [never] ? List : never;

function exhaustive<Union>() {
  return <const List extends readonly Union[]>(list: Exhaustive<Union, List>) => list;
}

export const SCHOOL_CATEGORIES = exhaustive<SchoolCategory>()([
  'SHNOR',
  'SHNSU',
  'PROJECT_500_PLUS',
  'LEADER',
  'NON_OBJECTIVE_RESULTS',
]);
export const EDUCATION_LEVELS = exhaustive<EducationLevel>()(['PRIMARY', 'BASIC', 'SECONDARY']);
export const SETTLEMENT_TYPES = exhaustive<SettlementType>()(['URBAN', 'RURAL']);
export const MUNICIPALITY_KINDS = exhaustive<MunicipalityKind>()([
  'MUNICIPAL_DISTRICT',
  'MUNICIPAL_OKRUG',
  'URBAN_OKRUG',
]);
export const PERMISSIONS = exhaustive<Permission>()([
  'REGISTRY_READ',
  'MUNICIPALITY_MANAGE',
  'SCHOOL_CREATE',
  'SCHOOL_EDIT',
  'SCHOOL_CATEGORY_MANAGE',
  'IDENTIFICATION_READ',
  'IDENTIFICATION_MANAGE',
  'RISK_PROFILE_EDIT',
  'RISK_PROFILE_REVIEW',
  'RISK_ANALYTICS_READ',
  'SUPPORT_READ',
  'CURATOR_WORK',
  'SCORECARD_READ',
  'SCORECARD_REGION',
]);

export const VALUE_TYPES = exhaustive<ValueType>()(['PERCENT', 'NUMBER', 'INTEGER', 'BOOLEAN', 'TEXT']);
export const BETTER_DIRECTIONS = exhaustive<Better>()(['HIGHER', 'LOWER', 'NONE']);
export const INDICATOR_SOURCES = exhaustive<IndicatorSource>()([
  'VPR',
  'OGE',
  'EGE',
  'GVE',
  'NIKO',
  'ROP',
  'NOKO',
  'FGKKO',
  'SURVEY',
  'SCHOOL_DATA',
]);
export const INDICATOR_PERIODICITIES = exhaustive<IndicatorPeriodicity>()(['YEAR', 'HALF_YEAR', 'QUARTER']);
export const CAMPAIGN_STATUSES = exhaustive<CampaignStatus>()(['DRAFT', 'OPEN', 'CLOSED']);
export const ROADMAP_LEVELS = exhaustive<RoadmapLevel>()(['REGION', 'MUNICIPALITY', 'SCHOOL']);
export const ROADMAP_STATUSES = exhaustive<RoadmapStatus>()(['DRAFT', 'APPROVED', 'IN_EXECUTION', 'COMPLETED', 'ARCHIVED']);
export const FORM_STATUSES = exhaustive<FormStatus>()(['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED']);

export function isOneOf<T extends string>(values: readonly T[], candidate: string | null | undefined): candidate is T {
  return candidate != null && (values as readonly string[]).includes(candidate);
}
