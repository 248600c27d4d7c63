import { StopOutlined } from '@ant-design/icons';
import { Button, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CategoryAssignment } from '../../../shared/api/types';
import { formatDate, formatDateTime } from '../../../shared/format/format';
import { CategoryTag } from '../../../shared/ui/DomainTags';
import { DataTable } from '../../../shared/ui/DataTable';

interface CategoryHistoryTableProps {
  assignments: CategoryAssignment[];
  /** Present only for users who may revoke. */
  onRevoke?: (assignment: CategoryAssignment) => void;
}

export function CategoryHistoryTable({ assignments, onRevoke }: CategoryHistoryTableProps) {
  const { t } = useTranslation();
  const newestFirst = [...assignments].sort((left, right) => right.year - left.year || right.id - left.id);
  return (
    <DataTable<CategoryAssignment>
      label={t('categories.title')}
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={newestFirst}
      locale={{ emptyText: t('categories.empty') }}
      aria-label={t('categories.title')}
      columns={[
        { key: 'year', title: t('categories.year'), dataIndex: 'year', width: 80 },
        {
          key: 'category',
          title: t('categories.category'),
          render: (_, assignment) => <CategoryTag category={assignment.category} muted={!assignment.active} />,
        },
        {
          key: 'document',
          title: t('categories.document'),
          render: (_, { document }) =>
            t('categories.documentText', { number: document.number, date: formatDate(document.date), authority: document.authority }),
        },
        {
          key: 'status',
          title: t('categories.status'),
          render: (_, assignment) => (
            <>
              {assignment.active ? <Tag color="success">{t('categories.active')}</Tag> : <Tag color="default">{t('categories.revoked')}</Tag>}
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {t('categories.assignedInfo', { date: formatDateTime(assignment.assignedAt), who: assignment.assignedByName })}
              </Typography.Text>
              {!assignment.active && assignment.revokedAt && (
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                  {t('categories.revokedInfo', { date: formatDateTime(assignment.revokedAt), who: assignment.revokedByName ?? '' })}
                </Typography.Text>
              )}
              {assignment.revocationReason && (
                <Typography.Text style={{ fontSize: 12, display: 'block' }}>
                  {t('categories.reasonInfo', { reason: assignment.revocationReason })}
                </Typography.Text>
              )}
            </>
          ),
        },
        ...(onRevoke
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                render: (_: unknown, assignment: CategoryAssignment) =>
                  assignment.active && (
                    <Button size="small" danger icon={<StopOutlined />} onClick={() => onRevoke(assignment)}>
                      {t('categories.revoke')}
                    </Button>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
