import { ArrowLeftOutlined, EditOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { NotFoundPage, QueryErrorResult } from '../../shared/errors/ErrorResult';
import { formatDate, formatDateTime, formatNumber } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { useCurrentUser } from '../../shared/me/CurrentUser';
import { useMunicipalityScorecard } from './api';
import { Effectiveness } from './Effectiveness';
import { EvidenceList } from './EvidenceList';
import { MarkModal } from './MarkModal';
import { MarkTag, ReviewTag } from './tags';
import type { CriterionCard, Figure, MunicipalityScorecard } from './types';
import { yearOptions } from './year';

/**
 * A municipality's scorecard of a year: the six criteria of seed 002, each with the mark computed from data, the
 * figures and evidence behind it and the expert's mark with its comment; the effectiveness of the measures.
 */
export default function MunicipalityScorecardPage() {
  const params = useParams();
  const municipalityId = Number(params.municipalityId);
  const year = Number(params.year);
  if (!Number.isSafeInteger(municipalityId) || !Number.isInteger(year)) return <NotFoundPage />;
  return <CardPage municipalityId={municipalityId} year={year} />;
}

function CardPage({ municipalityId, year }: { municipalityId: number; year: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const scorecard = useMunicipalityScorecard(municipalityId, year);
  const [marking, setMarking] = useState<string | null>(null);
  const data = scorecard.data;
  const markedCard = data?.criteria.find((card) => card.criterion === marking);
  return (
    <>
      <PageHeader
        title={data ? t('scorecard.card.title', { name: data.municipalityName, year }) : t('scorecard.card.titleLoading', { year })}
        subtitle={
          data &&
          t('scorecard.card.subtitle', {
            met: data.metCount,
            total: data.criteria.length,
            previousYear: data.previousYear,
            previous: data.previousMetCount,
            date: formatDate(data.asOf),
          })
        }
        actions={
          <>
            {me.role === 'MINISTRY' && (
              <Button
                icon={<ArrowLeftOutlined />}
                onClick={() => void navigate(year === new Date().getFullYear() ? '/scorecard' : `/scorecard?year=${year}`)}
              >
                {t('scorecard.card.back')}
              </Button>
            )}
            <Select
              aria-label={t('scorecard.year')}
              value={year}
              style={{ width: 100 }}
              options={yearOptions(year)}
              onChange={(next) => void navigate(`/municipalities/${municipalityId}/scorecard/${next}`)}
            />
          </>
        }
      />
      {scorecard.isError ? (
        <QueryErrorResult error={scorecard.error} onRetry={() => void scorecard.refetch()} />
      ) : !data ? (
        <Spin style={{ display: 'block', margin: '64px auto' }} />
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {data.criteria.map((card) => (
              <Col key={card.criterion} xs={24} xl={12}>
                <CriterionView card={card} data={data} onMark={() => setMarking(card.criterion)} />
              </Col>
            ))}
          </Row>
          <Card title={t('scorecard.effect.title')} styles={{ title: { whiteSpace: 'normal' } }}>
            <Typography.Paragraph type="secondary">{t('scorecard.effect.cardHint')}</Typography.Paragraph>
            <Effectiveness indicators={data.effectIndicators} rows={data.effectiveness} year={data.year} byMunicipality={false} />
          </Card>
        </>
      )}
      {data && markedCard && (
        <MarkModal
          key={markedCard.criterion}
          municipalityId={municipalityId}
          year={year}
          card={markedCard}
          reloading={scorecard.isFetching}
          onReload={() => void scorecard.refetch()}
          onClose={() => setMarking(null)}
        />
      )}
    </>
  );
}

function figureValue(figure: Figure, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (figure.value != null && figure.outOf != null) return t('scorecard.card.outOf', { value: formatNumber(figure.value), outOf: formatNumber(figure.outOf) });
  if (figure.value != null) return formatNumber(figure.value);
  return '';
}

function CriterionView({ card, data, onMark }: { card: CriterionCard; data: MunicipalityScorecard; onMark: () => void }) {
  const { t } = useTranslation();
  const { computed, expert } = card;
  const action = card.allowed.includes('CHANGE') ? 'CHANGE' : card.allowed.includes('SET') ? 'SET' : null;
  return (
    <Card
      data-testid={`criterion-${card.criterion}`}
      style={{ height: '100%' }}
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }}>
          {card.number}. {card.title}
        </Typography.Title>
      }
      extra={<MarkTag mark={card.mark} expert={expert != null} />}
      actions={
        action
          ? [
              <Button key="mark" type="link" icon={<EditOutlined />} onClick={onMark}>
                {t(action === 'CHANGE' ? 'scorecard.card.change' : 'scorecard.card.set')}
              </Button>,
            ]
          : undefined
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {card.reviewNeeded && (
          <Alert
            type="warning"
            showIcon
            icon={<WarningOutlined />}
            title={t('scorecard.card.reviewTitle')}
            description={t('scorecard.card.reviewText', { mark: t(`scorecard.mark.${expert?.computedMark ?? computed.mark}`), now: t(`scorecard.mark.${computed.mark}`) })}
          />
        )}
        <Flex wrap gap={8} align="center">
          <Typography.Text>{t('scorecard.card.computed')}</Typography.Text>
          <MarkTag mark={computed.mark} />
          {computed.score != null && (
            <Typography.Text data-testid={`score-${card.criterion}`}>
              {t('scorecard.card.score', { score: formatNumber(Math.round(computed.score * 10) / 10) })}
            </Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('scorecard.card.thresholds', { met: card.threshold.met, partly: card.threshold.partly })}
          </Typography.Text>
        </Flex>
        {computed.figures.length > 0 && (
          <dl style={{ margin: 0 }}>
            {computed.figures.map((figure) =>
              figure.value == null ? (
                // A fact in words (the roadmap's title, its approving order) reads below its label, not squeezed beside it.
                <div key={figure.code} style={{ borderBottom: '1px solid #f0f0f0', paddingBlock: 4 }}>
                  <dt>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {figure.label}
                    </Typography.Text>
                  </dt>
                  <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>{figure.text ?? '—'}</dd>
                </div>
              ) : (
                <Flex key={figure.code} justify="space-between" gap={12} style={{ borderBottom: '1px solid #f0f0f0', paddingBlock: 4 }}>
                  <dt style={{ flex: '1 1 auto', minWidth: 0 }}>{figure.label}</dt>
                  <dd style={{ margin: 0, textAlign: 'right', fontWeight: 500, flex: '0 0 auto', maxWidth: '50%' }}>
                    <span style={{ whiteSpace: 'nowrap' }}>{figureValue(figure, t)}</span>
                    {figure.text && (
                      <Typography.Text type="secondary" style={{ display: 'block', fontWeight: 'normal', fontSize: 13 }}>
                        {figure.text}
                      </Typography.Text>
                    )}
                  </dd>
                </Flex>
              ),
            )}
          </dl>
        )}
        {computed.reason && <Typography.Text type="secondary">{computed.reason}</Typography.Text>}
        {expert && (
          <div data-testid={`expert-${card.criterion}`} style={{ background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 6, padding: 12 }}>
            <Flex wrap gap={8} align="center" style={{ marginBottom: 4 }}>
              <Typography.Text strong>{t('scorecard.card.expert')}</Typography.Text>
              <MarkTag mark={expert.mark} expert />
              {card.reviewNeeded && <ReviewTag />}
            </Flex>
            <Typography.Paragraph style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}>{expert.comment}</Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('scorecard.card.expertBy', {
                by: expert.setBy,
                at: formatDateTime(expert.setAt),
                computed: t(`scorecard.mark.${expert.computedMark}`),
              })}
            </Typography.Text>
          </div>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('scorecard.card.previous', { year: data.previousYear })} <MarkTag mark={card.previousMark} />
        </Typography.Text>
        <EvidenceList evidence={card.evidence} />
      </Space>
    </Card>
  );
}
