import { Typography } from 'antd';
import type { SorterResult, SortOrder } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SchoolSummary } from '../../../shared/api/types';
import { QueryErrorResult } from '../../../shared/errors/ErrorResult';
import { formatNumber } from '../../../shared/format/format';
import { PageHeader } from '../../../shared/layout/PageHeader';
import { CategoryTag, LevelTags, SettlementTag } from '../../../shared/ui/DomainTags';
import { useCurrentUser } from '../../../shared/me/CurrentUser';
import { useMunicipalities } from '../../../shared/reference/registry';
import { useSchools } from '../api';
import { SchoolsFilters } from './SchoolsFilters';
import { PAGE_SIZES, sortFromTable, sortOrderOf, type SortField } from './schoolsQuery';
import { useSchoolsQueryState } from './useSchoolsQueryState';
import { DataTable } from '../../../shared/ui/DataTable';

export default function SchoolsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [query, setQuery] = useSchoolsQueryState();
  const schools = useSchools(query);
  const municipalities = useMunicipalities(me.organisation.regionId);
  const currentYear = new Date().getFullYear();
  // The server tells which year the categories column shows (the requested one or its current year).
  const categoriesYear = schools.data?.year ?? query.year ?? currentYear;

  if (schools.isError && !schools.data) {
    return <QueryErrorResult error={schools.error} onRetry={() => void schools.refetch()} />;
  }

  const sortable = (field: SortField) => ({
    sorter: true,
    sortOrder: sortOrderOf(query.sort, field),
    sortDirections: ['ascend', 'descend'] as SortOrder[],
  });
  const total = schools.data?.total ?? 0;

  return (
    <>
      <PageHeader
        title={t('schools.title')}
        subtitle={schools.data && <span data-testid="schools-total">{t('schools.total', { count: total })}</span>}
      />
      <SchoolsFilters query={query} onChange={setQuery} municipalities={municipalities.data} currentYear={currentYear} />
      <DataTable<SchoolSummary>
        label={t('schools.title')}
        rowKey="id"
        size="middle"
        loading={schools.isFetching}
        dataSource={schools.data?.items}
        locale={{ emptyText: t('schools.empty') }}
        minWidth={1000}
        onChange={(pagination, _filters, sorter, extra) => {
          if (extra.action === 'sort') {
            const { columnKey, order } = sorter as SorterResult<SchoolSummary>;
            setQuery({ ...query, sort: sortFromTable(columnKey as SortField | undefined, order ?? null), page: 1 });
          } else if (extra.action === 'paginate') {
            const size = pagination.pageSize ?? query.size;
            setQuery({ ...query, page: size !== query.size ? 1 : (pagination.current ?? 1), size });
          }
        }}
        pagination={{
          current: query.page,
          pageSize: query.size,
          total,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES.map(String),
          showTotal: (count) => t('schools.total', { count }),
        }}
        columns={[
          {
            key: 'shortName',
            title: t('schools.columns.shortName'),
            ...sortable('shortName'),
            render: (_, school) => (
              <>
                <Link to={`/schools/${school.id}`}>{school.shortName}</Link>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {school.fullName}
                </Typography.Text>
              </>
            ),
          },
          { key: 'municipality', title: t('schools.columns.municipality'), dataIndex: 'municipalityName', ...sortable('municipality') },
          { key: 'code', title: t('schools.columns.code'), dataIndex: 'code', ...sortable('code') },
          {
            key: 'settlement',
            title: t('schools.columns.settlement'),
            render: (_, school) => <SettlementTag settlementType={school.settlementType} />,
          },
          { key: 'levels', title: t('schools.columns.levels'), render: (_, school) => <LevelTags levels={school.levels} /> },
          {
            key: 'studentsCount',
            title: t('schools.columns.students'),
            dataIndex: 'studentsCount',
            align: 'right',
            ...sortable('studentsCount'),
            render: (count: number) => formatNumber(count),
          },
          {
            key: 'teachersCount',
            title: t('schools.columns.teachers'),
            dataIndex: 'teachersCount',
            align: 'right',
            render: (count: number) => formatNumber(count),
          },
          {
            key: 'categories',
            title: t('schools.columns.categories', { year: categoriesYear }),
            render: (_, school) => school.categories.map((category) => <CategoryTag key={category} category={category} />),
          },
        ]}
      />
    </>
  );
}
