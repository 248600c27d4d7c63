import { Drawer, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ValueHistoryEntry } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { formatDateTime, formatMeasure } from '../../shared/format/format';
import { useFormHistory } from './api';
import { ValueStatusTag } from './CampaignTags';
import { DataTable } from '../../shared/ui/DataTable';

/** Entries have no id: their place in the answer keys them. */
type HistoryRow = ValueHistoryEntry & { row: number };

function shown(number: number | null | undefined, text: string | null | undefined): string | null {
  if (number != null) return formatMeasure(number);
  return text || null;
}

/** Who changed which value of the form, when, from what to what, and why (returns, reopenings). */
export function FormHistoryDrawer({
  campaignId,
  schoolId,
  open,
  onClose,
}: {
  campaignId: number;
  schoolId: number;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const history = useFormHistory(campaignId, schoolId, open);
  const none = t('formHistory.none');
  return (
    <Drawer open={open} onClose={onClose} title={t('formHistory.title')} size="large" destroyOnHidden>
      {history.isError ? (
        <QueryErrorResult error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <DataTable<HistoryRow>
          label={t('formHistory.title')}
          rowKey="row"
          size="small"
          loading={history.isLoading}
          dataSource={history.data?.map((entry, row) => ({ ...entry, row }))}
          pagination={false}
          locale={{ emptyText: t('formHistory.empty') }}
          data-testid="form-history"
          columns={[
            {
              key: 'when',
              title: t('formHistory.when'),
              render: (_, e) => (
                <>
                  <div style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.changedAt)}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {e.changedByName}
                  </Typography.Text>
                </>
              ),
            },
            {
              key: 'field',
              title: t('formHistory.field'),
              render: (_, e) => (
                <>
                  <div>{e.indicatorName}</div>
                  {e.disaggregationLabel && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {e.disaggregationLabel}
                    </Typography.Text>
                  )}
                </>
              ),
            },
            {
              key: 'change',
              title: t('formHistory.change'),
              render: (_, e) => {
                const before = shown(e.oldNumber, e.oldText);
                const after = shown(e.newNumber, e.newText);
                return before === after ? (
                  (after ?? none)
                ) : (
                  <span style={{ whiteSpace: 'nowrap' }}>
                    {before ?? none} → <strong>{after ?? none}</strong>
                  </span>
                );
              },
            },
            {
              key: 'status',
              title: t('formHistory.status'),
              render: (_, e) =>
                e.oldStatus === e.newStatus ? (
                  <ValueStatusTag status={e.newStatus} />
                ) : (
                  <Space size={2} wrap>
                    {e.oldStatus ? <ValueStatusTag status={e.oldStatus} /> : none}→<ValueStatusTag status={e.newStatus} />
                  </Space>
                ),
            },
            { key: 'reason', title: t('formHistory.reason'), render: (_, e) => e.reason ?? '' },
          ]}
        />
      )}
    </Drawer>
  );
}
