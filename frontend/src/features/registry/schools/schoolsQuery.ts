import { EDUCATION_LEVELS, SCHOOL_CATEGORIES, SETTLEMENT_TYPES, isOneOf } from '../../../shared/api/enums';
import type { QueryOf } from '../../../shared/api/types';

/** The contract's sort values; `satisfies` fails the build if SORT_FIELDS names one the server does not take. */
export type SchoolSort = NonNullable<QueryOf<'listSchools'>['sort']>;
export const SORT_FIELDS = ['shortName', 'municipality', 'studentsCount', 'code'] as const satisfies readonly SchoolSort[];
export type SortField = (typeof SORT_FIELDS)[number];

export const DEFAULT_SORT: SchoolSort = 'shortName';
export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZES = [10, 20, 50, 100] as const;

/** The schools table's whole view state (the contract's query, paging and sort always set); it lives in the URL so reload and back keep the view. */
export type SchoolsQuery = Omit<QueryOf<'listSchools'>, 'sort' | 'page' | 'size'> & { sort: SchoolSort; page: number; size: number };

export type SchoolsFilters = Omit<SchoolsQuery, 'sort' | 'page' | 'size'>;

function positiveInt(value: string | null): number | undefined {
  if (value == null || !/^\d+$/.test(value)) return undefined;
  const parsed = Number(value);
  return parsed >= 1 && Number.isSafeInteger(parsed) ? parsed : undefined;
}

function isSort(value: string | null): value is SchoolSort {
  return value != null && isOneOf(SORT_FIELDS, value.replace(/^-/, ''));
}

export function parseSchoolsQuery(params: URLSearchParams): SchoolsQuery {
  const category = params.get('category');
  const settlementType = params.get('settlementType');
  const level = params.get('level');
  const sort = params.get('sort');
  const size = positiveInt(params.get('size'));
  const q = params.get('q')?.trim();
  return {
    municipalityId: positiveInt(params.get('municipalityId')),
    category: isOneOf(SCHOOL_CATEGORIES, category) ? category : undefined,
    year: positiveInt(params.get('year')),
    settlementType: isOneOf(SETTLEMENT_TYPES, settlementType) ? settlementType : undefined,
    level: isOneOf(EDUCATION_LEVELS, level) ? level : undefined,
    q: q ? q : undefined,
    sort: isSort(sort) ? sort : DEFAULT_SORT,
    page: positiveInt(params.get('page')) ?? 1,
    size: size != null && (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** Writes only what differs from the defaults, so a plain /schools stays plain. */
export function toSearchParams(query: SchoolsQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.municipalityId != null) params.set('municipalityId', String(query.municipalityId));
  if (query.category) params.set('category', query.category);
  if (query.year != null) params.set('year', String(query.year));
  if (query.settlementType) params.set('settlementType', query.settlementType);
  if (query.level) params.set('level', query.level);
  if (query.q) params.set('q', query.q);
  if (query.sort !== DEFAULT_SORT) params.set('sort', query.sort);
  if (query.page !== 1) params.set('page', String(query.page));
  if (query.size !== DEFAULT_PAGE_SIZE) params.set('size', String(query.size));
  return params;
}

/** A changed filter shows a different set of schools, so paging starts again at page 1. */
export function withFilters(query: SchoolsQuery, changes: Partial<SchoolsFilters>): SchoolsQuery {
  return { ...query, ...changes, page: 1 };
}

export function withoutFilters(query: SchoolsQuery): SchoolsQuery {
  return { sort: query.sort, page: 1, size: query.size };
}

export function hasFilters(query: SchoolsQuery): boolean {
  return [query.municipalityId, query.category, query.year, query.settlementType, query.level, query.q].some((value) => value != null);
}

export type TableSortOrder = 'ascend' | 'descend' | null;

export function sortOrderOf(sort: SchoolSort, field: SortField): TableSortOrder {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}

export function sortFromTable(field: SortField | undefined, order: TableSortOrder | undefined): SchoolSort {
  if (!field || !order) return DEFAULT_SORT;
  return order === 'descend' ? `-${field}` : field;
}

/** The state is the contract's query already; only absent filters are left out. */
export function toListSchoolsParams(query: SchoolsQuery): QueryOf<'listSchools'> {
  return query;
}
