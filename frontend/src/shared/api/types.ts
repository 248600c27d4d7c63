// Aliases over the generated schema, so features name API types without repeating paths.
import type { components, operations } from './schema';

type Schemas = components['schemas'];

/** The query parameters an operation of the contract takes, so a feature's filter state is never restated by hand. */
export type QueryOf<Operation extends keyof operations> = NonNullable<operations[Operation]['parameters']['query']>;
/** The same with the paging the SPA always sends (pages count from 1, as on every list of the server). */
export type PagedQueryOf<Operation extends keyof operations> = QueryOf<Operation> & { page: number; size: number };

export type CategoryAssignment = Schemas['CategoryAssignment'];
export type OrganisationRef = Schemas['OrganisationRef'];
export type Me = Schemas['Me'];
export type School = Schemas['School'];
export type SchoolRevision = Schemas['SchoolRevision'];
export type FieldChange = Schemas['FieldChange'];

export type Permission = Schemas['Me']['permissions'][number];
export type Role = Schemas['Me']['role'];
export type Region = Schemas['Region'];
export type Municipality = Schemas['Municipality'];
export type MunicipalityInput = Schemas['MunicipalityInput'];
export type MunicipalityUpdate = Schemas['MunicipalityUpdate'];
export type MunicipalityKind = Schemas['Municipality']['kind'];
export type SchoolSummary = Schemas['SchoolSummary'];
export type SchoolPage = Schemas['SchoolPage'];
export type SchoolInput = Schemas['SchoolInput'];
export type SchoolUpdate = Schemas['SchoolUpdate'];
export type SettlementType = Schemas['School']['settlementType'];
export type EducationLevel = Schemas['School']['levels'][number];
export type SchoolCategory = Schemas['CategoryAssignment']['category'];
export type ApprovingDocument = Schemas['ApprovingDocument'];
export type CategoryAssignmentInput = Schemas['CategoryAssignmentInput'];
export type CategoryRevocation = Schemas['CategoryRevocation'];
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];

export type RoadmapDirection = Schemas['RoadmapDirection'];
export type RoadmapSummary = Schemas['RoadmapSummary'];
export type RoadmapPage = Schemas['RoadmapPage'];
export type Roadmap = Schemas['Roadmap'];
export type RoadmapSection = Schemas['RoadmapSection'];
export type RoadmapItem = Schemas['RoadmapItem'];
export type RoadmapInput = Schemas['RoadmapInput'];
export type RoadmapLevel = Schemas['Roadmap']['level'];
export type RoadmapStatus = Schemas['Roadmap']['status'];
export type RoadmapPermission = Schemas['Roadmap']['allowed'][number];
export type RoadmapTransition = Schemas['RoadmapTransition'];
export type RoadmapDocument = Schemas['RoadmapDocument'];
export type RoadmapRevision = Schemas['RoadmapRevision'];
export type ReportingPeriodView = Schemas['ReportingPeriodView'];
export type RoadmapReport = Schemas['RoadmapReport'];
export type ItemReport = Schemas['ItemReport'];
export type ItemReportInput = Schemas['ItemReportInput'];
export type ItemPeriodReport = Schemas['ItemPeriodReport'];
export type ItemStatus = Schemas['ItemReport']['status'] & string;
export type ReportStatus = Schemas['RoadmapReport']['status'] & string;
export type EvidenceLink = Schemas['EvidenceLink'];
export type Attachment = Schemas['Attachment'];
export type ReviewTask = Schemas['ReviewTask'];
export type ReportReview = Schemas['ReportReview'];

export type IndicatorGroup = Schemas['IndicatorGroup'];
export type IndicatorDimension = Schemas['IndicatorDimension'];
export type Indicator = Schemas['Indicator'];
export type IndicatorInput = Schemas['IndicatorInput'];
export type IndicatorTarget = Schemas['IndicatorTarget'];
export type TargetsInput = Schemas['TargetsInput'];
export type ValueType = Schemas['ValueType'];
export type Better = Schemas['Better'];
export type IndicatorSource = Schemas['IndicatorSource'];
export type IndicatorPeriodicity = Schemas['IndicatorPeriodicity'];

export type Campaign = Schemas['Campaign'];
export type CampaignInput = Schemas['CampaignInput'];
export type CampaignStatus = Schemas['CampaignStatus'];
export type CampaignAction = Schemas['CampaignAction'];
export type CampaignTransition = Schemas['CampaignTransition'];
export type CampaignTargetRule = Schemas['CampaignTargetRule'];
export type CampaignIndicator = Schemas['CampaignIndicator'];
export type Completeness = Schemas['Completeness'];
export type CompletenessRow = Schemas['CompletenessRow'];
export type OwnForm = Schemas['OwnForm'];
/** A school's form in a campaign (named so to keep clear of antd's Form). */
export type CampaignForm = Schemas['Form'];
export type FormField = Schemas['FormField'];
export type FieldCheck = Schemas['FieldCheck'];
export type FormGroup = Schemas['FormGroup'];
export type FormPage = Schemas['FormPage'];
export type FormSummary = Schemas['FormSummary'];
export type FormStatus = Schemas['FormStatus'];
export type FormReview = Schemas['FormReview'];
export type FormReopening = Schemas['FormReopening'];
export type ReturnedValue = Schemas['ReturnedValue'];
export type ValueInput = Schemas['ValueInput'];
export type ValuesInput = Schemas['ValuesInput'];
export type ValueStatus = Schemas['ValueStatus'];
export type ValueHistoryEntry = Schemas['ValueHistoryEntry'];

export type IndicatorDynamics = Schemas['IndicatorDynamics'];
export type DynamicsPoint = Schemas['DynamicsPoint'];
export type Coverage = Schemas['Coverage'];
export type IndicatorBreakdown = Schemas['IndicatorBreakdown'];
export type BreakdownRow = Schemas['BreakdownRow'];
export type BreakdownBin = Schemas['BreakdownBin'];
export type Aggregation = Schemas['Aggregation'];
/** The unit an analysis is about: the caller's region, a municipality or a school. */
export type AnalyticsLevel = Schemas['Level'];

export type ImportJob = Schemas['ImportJob'];
export type ImportJobPage = Schemas['ImportJobPage'];
export type ImportRejection = Schemas['ImportRejection'];

// Support and decisions: meetings and decisions, recommendations, methodological events, working groups, curators,
// and the «Требует внимания» page.
export type Attention = Schemas['Attention'];
export type AttentionItem = Schemas['AttentionItem'];
export type AttentionKind = Schemas['AttentionKind'];
export type OrganisationView = Schemas['OrganisationView'];
export type OrganisationKey = Schemas['OrganisationKey'];
export type Meeting = Schemas['Meeting'];
export type MeetingSummary = Schemas['MeetingSummary'];
export type MeetingInput = Schemas['MeetingInput'];
export type MeetingUpdate = Schemas['MeetingUpdate'];
export type MeetingTransition = Schemas['MeetingTransition'];
export type MeetingRevision = Schemas['MeetingRevision'];
export type MeetingDecision = Schemas['MeetingDecision'];
export type AgendaItem = Schemas['AgendaItem'];
export type AgendaItemInput = Schemas['AgendaItemInput'];
export type DecisionInput = Schemas['DecisionInput'];
export type DecisionCompletion = Schemas['DecisionCompletion'];
export type Recommendation = Schemas['Recommendation'];
export type RecommendationInput = Schemas['RecommendationInput'];
export type RecommendationUpdate = Schemas['RecommendationUpdate'];
export type RecommendationTransition = Schemas['RecommendationTransition'];
export type RecommendationRevision = Schemas['RecommendationRevision'];
export type MethodEvent = Schemas['MethodEvent'];
export type EventInput = Schemas['EventInput'];
export type WorkingGroup = Schemas['WorkingGroup'];
export type WorkingGroupInput = Schemas['WorkingGroupInput'];
export type WorkingGroupMember = Schemas['WorkingGroupMember'];
export type CuratorAssignment = Schemas['CuratorAssignment'];
export type CuratorAssignmentInput = Schemas['CuratorAssignmentInput'];
export type PartnerPair = Schemas['PartnerPair'];
export type PartnerPairInput = Schemas['PartnerPairInput'];
export type CuratorVisit = Schemas['CuratorVisit'];
export type CuratorVisitInput = Schemas['CuratorVisitInput'];
