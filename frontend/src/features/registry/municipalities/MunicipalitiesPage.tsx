import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Municipality } from '../../../shared/api/types';
import { NotFoundPage, QueryErrorResult } from '../../../shared/errors/ErrorResult';
import { formatNumber } from '../../../shared/format/format';
import { PageHeader } from '../../../shared/layout/PageHeader';
import { useCan } from '../../../shared/me/CurrentUser';
import { useMunicipalities, useRegion } from '../../../shared/reference/registry';
import { MunicipalityFormModal } from './MunicipalityFormModal';
import { DataTable } from '../../../shared/ui/DataTable';

type Editing = { mode: 'create' } | { mode: 'edit'; municipality: Municipality } | null;

export default function MunicipalitiesPage() {
  const regionId = Number(useParams().regionId);
  if (!Number.isSafeInteger(regionId) || regionId < 1) return <NotFoundPage />;
  return <Municipalities regionId={regionId} />;
}

function Municipalities({ regionId }: { regionId: number }) {
  const { t } = useTranslation();
  const can = useCan();
  const region = useRegion(regionId);
  const municipalities = useMunicipalities(regionId);
  const [editing, setEditing] = useState<Editing>(null);
  const canManage = can('MUNICIPALITY_MANAGE');

  const failed = region.error ?? municipalities.error;
  if (failed) {
    return (
      <QueryErrorResult
        error={failed}
        onRetry={() => {
          void region.refetch();
          void municipalities.refetch();
        }}
      />
    );
  }

  return (
    <>
      <PageHeader
        title={t('municipalities.title')}
        subtitle={region.data?.name}
        actions={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
              {t('municipalities.create')}
            </Button>
          )
        }
      />
      <DataTable<Municipality>
        label={t('municipalities.title')}
        rowKey="id"
        loading={municipalities.isPending}
        dataSource={municipalities.data}
        pagination={false}
        locale={{ emptyText: t('municipalities.empty') }}
        columns={[
          {
            key: 'name',
            title: t('municipalities.name'),
            dataIndex: 'name',
            sorter: (left, right) => left.name.localeCompare(right.name, 'ru'),
            defaultSortOrder: 'ascend',
            render: (name: string, municipality) => <Link to={`/schools?municipalityId=${municipality.id}`}>{name}</Link>,
          },
          { key: 'oktmo', title: t('municipalities.oktmo'), dataIndex: 'oktmo' },
          { key: 'kind', title: t('municipalities.kind'), dataIndex: 'kind', render: (kind: Municipality['kind']) => t(`enums.municipalityKind.${kind}`) },
          {
            key: 'schoolCount',
            title: t('municipalities.schoolCount'),
            dataIndex: 'schoolCount',
            align: 'right',
            sorter: (left, right) => left.schoolCount - right.schoolCount,
            render: (count: number) => formatNumber(count),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, municipality) => (
              <Space>
                <Link to={`/schools?municipalityId=${municipality.id}`}>{t('municipalities.showSchools')}</Link>
                {canManage && (
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={`${t('common.edit')}: ${municipality.name}`}
                    onClick={() => setEditing({ mode: 'edit', municipality })}
                  >
                    {t('common.edit')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <MunicipalityFormModal
          regionId={regionId}
          municipality={editing.mode === 'edit' ? editing.municipality : undefined}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
