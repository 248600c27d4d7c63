import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FieldChange, SchoolRevision } from '../../../shared/api/types';
import { formatDateTime, formatNumber } from '../../../shared/format/format';
import { DataTable } from '../../../shared/ui/DataTable';

/** Field values arrive as the API's raw text; enums and levels are shown with their Russian labels. */
function displayValue(t: TFunction, field: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return t('history.none');
  if (field === 'settlementType') return t(`enums.settlement.${value}`);
  if (field === 'levels') return value.split(', ').map((level) => t(`enums.level.${level}`)).join(', ');
  if ((field === 'studentsCount' || field === 'teachersCount') && /^\d+$/.test(value)) return formatNumber(Number(value));
  return value;
}

function ChangeLine({ change }: { change: FieldChange }) {
  const { t } = useTranslation();
  return (
    <div>
      <Typography.Text strong>{t(`school.${change.field}`)}: </Typography.Text>
      <Typography.Text delete type="secondary">
        {displayValue(t, change.field, change.before)}
      </Typography.Text>
      {' → '}
      <Typography.Text>{displayValue(t, change.field, change.after)}</Typography.Text>
    </div>
  );
}

export function SchoolHistoryTable({ revisions }: { revisions: SchoolRevision[] }) {
  const { t } = useTranslation();
  return (
    <DataTable<SchoolRevision>
      label={t('history.title')}
      rowKey="revision"
      size="small"
      pagination={revisions.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      dataSource={revisions}
      locale={{ emptyText: t('history.empty') }}
      aria-label={t('history.title')}
      columns={[
        { key: 'when', title: t('history.when'), width: 170, render: (_, revision) => formatDateTime(revision.changedAt) },
        { key: 'who', title: t('history.who'), width: 160, dataIndex: 'changedByName' },
        {
          key: 'what',
          title: t('history.what'),
          render: (_, revision) =>
            revision.kind === 'CREATED' ? (
              t('history.created')
            ) : (
              revision.changes.map((change) => <ChangeLine key={change.field} change={change} />)
            ),
        },
      ]}
    />
  );
}
