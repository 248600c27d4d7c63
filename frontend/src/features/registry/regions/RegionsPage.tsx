import { BankOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorResult } from '../../../shared/errors/ErrorResult';
import { PageHeader } from '../../../shared/layout/PageHeader';
import { useRegions } from '../../../shared/reference/registry';

export default function RegionsPage() {
  const { t } = useTranslation();
  const regions = useRegions();

  if (regions.isError) return <QueryErrorResult error={regions.error} onRetry={() => void regions.refetch()} />;
  return (
    <>
      <PageHeader title={t('regions.title')} />
      {regions.isPending ? (
        <Skeleton active />
      ) : regions.data.length === 0 ? (
        <Empty description={t('regions.empty')} />
      ) : (
        <Row gutter={[16, 16]}>
          {regions.data.map((region) => (
            <Col key={region.id} xs={24} md={12} xl={8}>
              <Card
                title={
                  <>
                    <BankOutlined /> {region.name}
                  </>
                }
                extra={t('regions.code', { code: region.code })}
                actions={[
                  <Link key="municipalities" to={`/regions/${region.id}/municipalities`}>
                    <Button type="link">{t('regions.municipalities')}</Button>
                  </Link>,
                  <Link key="schools" to="/schools">
                    <Button type="link">{t('regions.schools')}</Button>
                  </Link>,
                ]}
              >
                <Row gutter={16}>
                  <Col span={12}>
                    <Statistic title={t('regions.municipalities')} value={region.municipalityCount} groupSeparator=" " />
                  </Col>
                  <Col span={12}>
                    <Statistic title={t('regions.schools')} value={region.schoolCount} groupSeparator=" " />
                  </Col>
                </Row>
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
