import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CategoryAssignment } from '../../../shared/api/types';
import { NotFoundPage, QueryErrorResult } from '../../../shared/errors/ErrorResult';
import { formatDateTime, formatNumber } from '../../../shared/format/format';
import { PageHeader } from '../../../shared/layout/PageHeader';
import { LevelTags, SettlementTag } from '../../../shared/ui/DomainTags';
import { useCan } from '../../../shared/me/CurrentUser';
import { useSchool, useSchoolHistory } from '../api';
import { AssignCategoryModal } from '../categories/AssignCategoryModal';
import { CategoryHistoryTable } from '../categories/CategoryHistoryTable';
import { RevokeCategoryModal } from '../categories/RevokeCategoryModal';
import { SchoolHistoryTable } from '../history/SchoolHistoryTable';

export function useSchoolIdParam(): number | undefined {
  const schoolId = Number(useParams().schoolId);
  return Number.isSafeInteger(schoolId) && schoolId > 0 ? schoolId : undefined;
}

export default function SchoolCardPage() {
  const schoolId = useSchoolIdParam();
  return schoolId ? <SchoolCard schoolId={schoolId} /> : <NotFoundPage />;
}

function SchoolCard({ schoolId }: { schoolId: number }) {
  const { t } = useTranslation();
  const can = useCan();
  const school = useSchool(schoolId);
  const [assigning, setAssigning] = useState(false);
  const [revoking, setRevoking] = useState<CategoryAssignment | null>(null);
  const canManageCategories = can('SCHOOL_CATEGORY_MANAGE');

  if (school.isError) return <QueryErrorResult error={school.error} onRetry={() => void school.refetch()} />;
  if (school.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  const data = school.data;

  return (
    <>
      <PageHeader
        title={data.shortName}
        subtitle={`${data.municipality.name}, ${data.region.name}`}
        actions={
          // The server answers 404 for schools out of the user's scope, so a visible card is in scope.
          can('SCHOOL_EDIT') && (
            <Link to={`/schools/${schoolId}/edit`}>
              <Button type="primary" icon={<EditOutlined />}>
                {t('school.edit')}
              </Button>
            </Link>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label={t('school.fullName')} span="filled">
            {data.fullName}
          </Descriptions.Item>
          <Descriptions.Item label={t('school.shortName')}>{data.shortName}</Descriptions.Item>
          <Descriptions.Item label={t('school.code')}>{data.code}</Descriptions.Item>
          <Descriptions.Item label={t('school.address')} span="filled">
            {data.address}
          </Descriptions.Item>
          <Descriptions.Item label={t('school.municipality')}>
            <Link to={`/schools?municipalityId=${data.municipality.id}`}>{data.municipality.name}</Link> ({data.municipality.oktmo})
          </Descriptions.Item>
          <Descriptions.Item label={t('school.region')}>{data.region.name}</Descriptions.Item>
          <Descriptions.Item label={t('school.settlementType')}>
            <SettlementTag settlementType={data.settlementType} />
          </Descriptions.Item>
          <Descriptions.Item label={t('school.levels')}>
            <LevelTags levels={data.levels} />
          </Descriptions.Item>
          <Descriptions.Item label={t('school.studentsCount')}>
            <span data-testid="students-count">{formatNumber(data.studentsCount)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('school.teachersCount')}>{formatNumber(data.teachersCount)}</Descriptions.Item>
          <Descriptions.Item label={t('school.updatedAt')} span="filled">
            {t('school.updatedInfo', { date: formatDateTime(data.updatedAt), who: data.updatedByName })}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t('categories.title')}
        extra={
          canManageCategories && (
            <Button icon={<PlusOutlined />} onClick={() => setAssigning(true)}>
              {t('categories.assign')}
            </Button>
          )
        }
      >
        <CategoryHistoryTable assignments={data.categories} onRevoke={canManageCategories ? setRevoking : undefined} />
      </Card>
      <SchoolHistoryCard schoolId={schoolId} />
      {assigning && <AssignCategoryModal schoolId={schoolId} onClose={() => setAssigning(false)} />}
      {revoking && <RevokeCategoryModal schoolId={schoolId} assignment={revoking} onClose={() => setRevoking(null)} />}
    </>
  );
}

function SchoolHistoryCard({ schoolId }: { schoolId: number }) {
  const { t } = useTranslation();
  const history = useSchoolHistory(schoolId);
  return (
    <Card title={t('history.title')} style={{ marginTop: 16 }}>
      {history.isError ? (
        <QueryErrorResult error={history.error} onRetry={() => void history.refetch()} />
      ) : history.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <SchoolHistoryTable revisions={history.data} />
      )}
    </Card>
  );
}
