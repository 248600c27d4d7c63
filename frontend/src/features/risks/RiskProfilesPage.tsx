import { Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { formatDateTime } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { useRiskProfiles } from './api';
import { ProfileStatusTag } from './tags';
import type { ProfileStatus, ProfileSummary } from './types';

const STATUSES: ProfileStatus[] = ['SUBMITTED', 'RETURNED', 'ACCEPTED', 'DRAFT'];

/** The schools' risk profiles of a year: what waits for the municipality's review, what is accepted. */
export default function RiskProfilesPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const [status, setStatus] = useState<ProfileStatus | undefined>();
  const profiles = useRiskProfiles(year, status);
  const current = new Date().getFullYear();
  return (
    <>
      <PageHeader
        title={t('identification.risk.profilesTitle')}
        subtitle={t('identification.risk.profilesSubtitle')}
        actions={
          <Space wrap>
            <Select
              aria-label={t('identification.risk.year')}
              value={year}
              onChange={setYear}
              style={{ width: 100 }}
              options={[current - 2, current - 1, current, current + 1].map((y) => ({ value: y, label: String(y) }))}
            />
            <Select
              aria-label={t('identification.risk.statusFilter')}
              allowClear
              placeholder={t('identification.risk.anyStatus')}
              value={status}
              onChange={setStatus}
              style={{ width: 200 }}
              options={STATUSES.map((s) => ({ value: s, label: t(`identification.risk.status.${s}`) }))}
            />
          </Space>
        }
      />
      {profiles.isError ? (
        <QueryErrorResult error={profiles.error} onRetry={() => void profiles.refetch()} />
      ) : (
        <Table<ProfileSummary>
          rowKey={(p) => `${p.schoolId}-${p.year}`}
          loading={profiles.isLoading}
          dataSource={profiles.data?.items ?? []}
          pagination={false}
          scroll={{ x: 640 }}
          locale={{ emptyText: t('identification.risk.noProfiles') }}
          columns={[
            {
              title: t('identification.columns.school'),
              dataIndex: 'schoolName',
              render: (name: string, p) => <Link to={`/schools/${p.schoolId}/risk-profile/${p.year}`}>{name}</Link>,
            },
            { title: t('identification.columns.municipality'), dataIndex: 'municipalityName' },
            { title: t('identification.risk.columns.status'), dataIndex: 'status', render: (s: ProfileStatus) => <ProfileStatusTag status={s} /> },
            { title: t('identification.risk.columns.high'), dataIndex: 'high', width: 140 },
            { title: t('identification.risk.columns.submitted'), dataIndex: 'submittedAt', render: (at?: string | null) => formatDateTime(at) },
          ]}
        />
      )}
    </>
  );
}
