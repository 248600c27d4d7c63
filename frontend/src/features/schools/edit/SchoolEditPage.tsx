import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ForbiddenPage, NotFoundPage, QueryErrorResult } from '../../../shared/errors/ErrorResult';
import { PageHeader } from '../../../shared/layout/PageHeader';
import { useCan } from '../../../shared/me/CurrentUser';
import { useSchool } from '../api';
import { useSchoolIdParam } from '../card/SchoolCardPage';
import { SchoolEditForm } from './SchoolEditForm';

export default function SchoolEditPage() {
  const schoolId = useSchoolIdParam();
  const can = useCan();
  if (!schoolId) return <NotFoundPage />;
  if (!can('SCHOOL_EDIT')) return <ForbiddenPage />;
  return <SchoolEdit schoolId={schoolId} />;
}

function SchoolEdit({ schoolId }: { schoolId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const school = useSchool(schoolId);
  const cardPath = `/schools/${schoolId}`;

  // A failed refetch after the form is shown keeps the form (and the user's input) on screen.
  if (school.isError && !school.data) return <QueryErrorResult error={school.error} onRetry={() => void school.refetch()} />;
  if (school.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;

  return (
    <>
      <PageHeader
        title={t('school.editTitle')}
        subtitle={school.data.shortName}
        actions={
          <Link to={cardPath}>
            <Button icon={<ArrowLeftOutlined />}>{t('school.backToCard')}</Button>
          </Link>
        }
      />
      <SchoolEditForm
        key={school.data.id}
        school={school.data}
        reloadSchool={async () => (await school.refetch()).data}
        onSaved={() => void navigate(cardPath)}
        onCancel={() => void navigate(cardPath)}
      />
    </>
  );
}
