import { Card, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AttentionItem } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { formatDate } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { attentionLink, useAttention } from './api';

function ItemRow({ item }: { item: AttentionItem }) {
  const { t } = useTranslation();
  const context = [item.organisation, item.detail].filter(Boolean).join(' · ');
  return (
    <List.Item
      data-testid="attention-item"
      data-kind={item.kind}
      actions={[
        <Link key="open" to={attentionLink(item)} aria-label={`${t('support.attention.open')}: ${item.title}`}>
          {t('support.attention.open')}
        </Link>,
      ]}
    >
      <List.Item.Meta
        title={
          <Space wrap size={[8, 0]}>
            <Typography.Text strong>{t(`support.attention.kind.${item.kind}`)}</Typography.Text>
            {item.overdue && <Tag color="red">{t('support.attention.overdueTag')}</Tag>}
            {item.count > 1 && <Tag>{t('support.attention.count', { count: item.count })}</Tag>}
          </Space>
        }
        description={
          <Space orientation="vertical" size={0}>
            <Typography.Text>
              <Link to={attentionLink(item)}>{item.title}</Link>
              {item.period && ` — ${item.period}`}
            </Typography.Text>
            {context && <Typography.Text type="secondary">{context}</Typography.Text>}
            {item.dueOn && (
              <Typography.Text type={item.overdue ? 'danger' : 'secondary'}>
                {t('support.attention.due', { date: formatDate(item.dueOn) })}
              </Typography.Text>
            )}
          </Space>
        }
      />
    </List.Item>
  );
}

/** The home page of every role: what waits for the caller across the product, overdue first, with links. */
export default function AttentionPage() {
  const { t } = useTranslation();
  const attention = useAttention();
  if (attention.isError && !attention.data) {
    return <QueryErrorResult error={attention.error} onRetry={() => void attention.refetch()} />;
  }
  const data = attention.data;
  return (
    <>
      <PageHeader
        title={t('support.attention.title')}
        subtitle={
          data && (
            <span data-testid="attention-total">
              {t('support.attention.subtitle', { date: formatDate(data.asOf) })}:{' '}
              {t('support.attention.total', { count: data.total })}
              {data.overdue > 0 && `, ${t('support.attention.overdue', { count: data.overdue })}`}
            </span>
          )
        }
      />
      {data && data.counts.length > 0 && (
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          {data.counts.map((c) => (
            <Tag key={c.kind} color={c.overdue > 0 ? 'red' : 'blue'}>
              {t(`support.attention.kind.${c.kind}`)}: {c.count}
            </Tag>
          ))}
        </Flex>
      )}
      <Card>
        <List<AttentionItem>
          loading={attention.isPending}
          dataSource={data?.items}
          locale={{ emptyText: <Empty description={t('support.attention.empty')} /> }}
          renderItem={(item) => <ItemRow item={item} />}
          rowKey={(item) => `${item.kind}-${item.targetId}-${item.childId ?? ''}-${item.period ?? ''}`}
        />
      </Card>
    </>
  );
}
