// Aliases over the generated schema, so features name API types without repeating paths.
import type { components } from './schema';

type Schemas = components['schemas'];

type WithOptional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

// The contract makes these response fields optional (present only for revoked assignments, for
// municipality/school accounts); the generated schema reads every response field as present
// (see scripts/generate-api.mjs), so they are widened back here.
export type CategoryAssignment = WithOptional<Schemas['CategoryAssignment'], 'revokedAt' | 'revokedBy' | 'revocationReason'>;
export type OrganisationRef = WithOptional<Schemas['OrganisationRef'], 'municipalityId' | 'schoolId'>;
export type Me = Omit<Schemas['Me'], 'organisation'> & { organisation: OrganisationRef };
export type School = Omit<Schemas['School'], 'categories'> & { categories: CategoryAssignment[] };

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
