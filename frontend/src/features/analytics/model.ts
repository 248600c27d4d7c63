import type { AnalyticsLevel, Indicator, IndicatorDimension, Me } from '../../shared/api/types';

/** The canonical key of a cut, as the server spells it: dimension codes in alphabetical order, «GRADE=4;SUBJECT=MATH». */
export function cutKey(parts: Record<string, string>): string {
  return Object.keys(parts)
    .sort()
    .map((code) => `${code}=${parts[code]}`)
    .join(';');
}

export function cutParts(key: string | null | undefined): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of (key ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) parts[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return parts;
}

/** The indicator's breakdowns in the dictionary's order, each with its values in that order and their names. */
export function cutDimensions(indicator: Indicator | undefined, dictionary: IndicatorDimension[] | undefined) {
  const chosen = indicator?.dimensions ?? {};
  const known = (dictionary ?? []).filter((d) => (chosen[d.code]?.length ?? 0) > 0);
  const unknown = Object.keys(chosen).filter((code) => chosen[code].length > 0 && !known.some((d) => d.code === code));
  return [
    ...known.map((d) => ({
      code: d.code,
      name: d.name,
      values: d.values.filter((v) => chosen[d.code].includes(v.code)).map((v) => ({ code: v.code, name: v.name })),
    })),
    ...unknown.map((code) => ({ code, name: code, values: chosen[code].map((value) => ({ code: value, name: value })) })),
  ];
}

/** The cut to ask for: the one in the address where it fits the indicator, else each breakdown's first value. */
export function effectiveCut(
  indicator: Indicator | undefined,
  dictionary: IndicatorDimension[] | undefined,
  requested: string | null,
): string | undefined {
  const dimensions = cutDimensions(indicator, dictionary);
  if (dimensions.length === 0) return undefined;
  const wanted = cutParts(requested);
  const parts: Record<string, string> = {};
  for (const dimension of dimensions) {
    const value = dimension.values.find((v) => v.code === wanted[dimension.code]) ?? dimension.values[0];
    if (value) parts[dimension.code] = value.code;
  }
  return cutKey(parts);
}

/** Levels a user may analyse, as the server allows: everyone their region, municipality and school within scope. */
export const LEVELS: AnalyticsLevel[] = ['REGION', 'MUNICIPALITY', 'SCHOOL'];

/** Where a user starts: the ministry its region, a municipality itself, a school itself. */
export function defaultScope(me: Me): { level: AnalyticsLevel; unitId?: number } {
  if (me.role === 'SCHOOL' && me.organisation.schoolId != null) return { level: 'SCHOOL', unitId: me.organisation.schoolId };
  if (me.role === 'MUNICIPALITY' && me.organisation.municipalityId != null) {
    return { level: 'MUNICIPALITY', unitId: me.organisation.municipalityId };
  }
  return { level: 'REGION' };
}

/** The unit a level means without a choice: a municipality's or a school's own organisation. */
export function fixedUnit(me: Me, level: AnalyticsLevel): number | undefined {
  if (level === 'MUNICIPALITY' && me.role !== 'MINISTRY') return me.organisation.municipalityId ?? undefined;
  if (level === 'SCHOOL' && me.role === 'SCHOOL') return me.organisation.schoolId ?? undefined;
  return undefined;
}

/**
 * Whether the breakdown of a level can be shown: the region's by municipality, a municipality's by school.
 * A school may not see other schools' values, so it gets only the region's.
 */
export function breakdownAllowed(me: Me, level: AnalyticsLevel): boolean {
  if (level === 'REGION') return true;
  return level === 'MUNICIPALITY' && me.role !== 'SCHOOL';
}

/** Sorts numbers with the missing ones last whichever the direction. */
export function compareNullable(left: number | null | undefined, right: number | null | undefined, order?: 'ascend' | 'descend' | null) {
  if (left == null && right == null) return 0;
  if (left == null) return order === 'descend' ? -1 : 1;
  if (right == null) return order === 'descend' ? 1 : -1;
  return left - right;
}
