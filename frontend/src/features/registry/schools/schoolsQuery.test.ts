import { describe, expect, it } from 'vitest';
import { parseSchoolsQuery, sortFromTable, sortOrderOf, toSearchParams, withFilters, withoutFilters, type SchoolsQuery } from './schoolsQuery';

describe('schools table state in the URL', () => {
  it('round-trips every filter, the sort and the page', () => {
    const query: SchoolsQuery = {
      municipalityId: 11,
      category: 'SHNOR',
      year: 2021,
      settlementType: 'RURAL',
      level: 'SECONDARY',
      q: 'Никольск',
      sort: '-studentsCount',
      page: 3,
      size: 50,
    };
    const params = toSearchParams(query);
    expect(params.toString()).toBe(
      'municipalityId=11&category=SHNOR&year=2021&settlementType=RURAL&level=SECONDARY&q=%D0%9D%D0%B8%D0%BA%D0%BE%D0%BB%D1%8C%D1%81%D0%BA&sort=-studentsCount&page=3&size=50',
    );
    expect(parseSchoolsQuery(new URLSearchParams(params.toString()))).toEqual(query);
  });

  it('leaves defaults out of the URL', () => {
    const defaults = parseSchoolsQuery(new URLSearchParams());
    expect(defaults).toEqual({ sort: 'shortName', page: 1, size: 20 });
    expect(toSearchParams(defaults).toString()).toBe('');
  });

  it('drops values a hand-edited URL gets wrong', () => {
    const query = parseSchoolsQuery(
      new URLSearchParams('municipalityId=abc&category=GOOD&level=PHD&sort=-age&page=0&size=7&settlementType=urban&q=%20%20'),
    );
    expect(query).toEqual({ sort: 'shortName', page: 1, size: 20 });
  });

  it('starts again at page 1 when a filter changes, keeping sort and size', () => {
    const onPage4: SchoolsQuery = { sort: 'code', page: 4, size: 50, q: 'школа' };
    expect(withFilters(onPage4, { category: 'SHNSU' })).toEqual({ sort: 'code', page: 1, size: 50, q: 'школа', category: 'SHNSU' });
    expect(withoutFilters({ ...onPage4, category: 'LEADER', municipalityId: 3 })).toEqual({ sort: 'code', page: 1, size: 50 });
  });

  it('maps table sort orders to the API sort and back', () => {
    expect(sortFromTable('studentsCount', 'descend')).toBe('-studentsCount');
    expect(sortFromTable('municipality', 'ascend')).toBe('municipality');
    expect(sortFromTable('code', null)).toBe('shortName');
    expect(sortOrderOf('-studentsCount', 'studentsCount')).toBe('descend');
    expect(sortOrderOf('-studentsCount', 'code')).toBeNull();
    expect(sortOrderOf('shortName', 'shortName')).toBe('ascend');
  });
});
