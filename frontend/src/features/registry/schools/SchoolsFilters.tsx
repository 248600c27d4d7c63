import { ClearOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EDUCATION_LEVELS, SCHOOL_CATEGORIES, SETTLEMENT_TYPES } from '../../../shared/api/enums';
import type { Municipality } from '../../../shared/api/types';
import { hasFilters, withFilters, withoutFilters, type SchoolsFilters as Filters, type SchoolsQuery } from './schoolsQuery';

export const SEARCH_DEBOUNCE_MS = 400;
const FIRST_CATEGORY_YEAR = 2015;

interface SchoolsFiltersProps {
  query: SchoolsQuery;
  onChange: (next: SchoolsQuery) => void;
  municipalities: Municipality[] | undefined;
  currentYear: number;
}

export function SchoolsFilters({ query, onChange, municipalities, currentYear }: SchoolsFiltersProps) {
  const { t } = useTranslation();
  const change = (changes: Partial<Filters>) => onChange(withFilters(query, changes));
  const [searchText, setSearchText] = useState(query.q ?? '');
  const lastSearchSent = useRef(query.q ?? '');

  // Back/forward or "reset" changed q in the address: show it, unless it is our own debounced write.
  useEffect(() => {
    const fromUrl = query.q ?? '';
    if (fromUrl !== lastSearchSent.current) {
      lastSearchSent.current = fromUrl;
      setSearchText(fromUrl);
    }
  }, [query.q]);

  useEffect(() => {
    const wanted = searchText.trim();
    if (wanted === (query.q ?? '')) return;
    const timer = setTimeout(() => {
      lastSearchSent.current = wanted;
      change({ q: wanted || undefined });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // `change` is rebuilt every render; the timer only needs the latest text and query.
  }, [searchText, query]);

  const years = Array.from({ length: currentYear + 1 - FIRST_CATEGORY_YEAR + 1 }, (_, index) => currentYear + 1 - index);
  const showMunicipalities = (municipalities?.length ?? 0) > 1 || query.municipalityId != null;

  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }} role="search">
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('schools.filters.search')}
        aria-label={t('schools.filters.search')}
        value={searchText}
        onChange={(event) => setSearchText(event.target.value)}
        style={{ width: 260 }}
      />
      {showMunicipalities && (
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('schools.filters.municipality')}
          placeholder={t('schools.filters.municipality')}
          value={query.municipalityId}
          onChange={(municipalityId?: number) => change({ municipalityId })}
          options={[...(municipalities ?? [])]
            .sort((left, right) => left.name.localeCompare(right.name, 'ru'))
            .map((municipality) => ({ value: municipality.id, label: municipality.name }))}
          style={{ width: 240 }}
        />
      )}
      <Select
        allowClear
        aria-label={t('schools.filters.category')}
        placeholder={t('schools.filters.category')}
        value={query.category}
        onChange={(category?: Filters['category']) => change({ category })}
        options={SCHOOL_CATEGORIES.map((category) => ({ value: category, label: t(`enums.category.${category}`) }))}
        style={{ width: 210 }}
      />
      <Select
        allowClear
        aria-label={t('schools.filters.year')}
        placeholder={`${t('schools.filters.year')}: ${currentYear}`}
        popupMatchSelectWidth={false}
        value={query.year}
        onChange={(year?: number) => change({ year })}
        options={years.map((year) => ({ value: year, label: String(year) }))}
        style={{ width: 200 }}
      />
      <Select
        allowClear
        aria-label={t('schools.filters.settlement')}
        placeholder={t('schools.filters.settlement')}
        value={query.settlementType}
        onChange={(settlementType?: Filters['settlementType']) => change({ settlementType })}
        options={SETTLEMENT_TYPES.map((type) => ({ value: type, label: t(`enums.settlement.${type}`) }))}
        style={{ width: 150 }}
      />
      <Select
        allowClear
        aria-label={t('schools.filters.level')}
        placeholder={t('schools.filters.level')}
        value={query.level}
        onChange={(level?: Filters['level']) => change({ level })}
        options={EDUCATION_LEVELS.map((level) => ({ value: level, label: `${t(`enums.level.${level}`)} — ${t(`enums.levelFull.${level}`)}` }))}
        popupMatchSelectWidth={false}
        style={{ width: 200 }}
      />
      {hasFilters(query) && (
        <Button icon={<ClearOutlined />} onClick={() => onChange(withoutFilters(query))}>
          {t('schools.filters.reset')}
        </Button>
      )}
    </Flex>
  );
}
