import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import type { Coverage } from '../../shared/api/types';
import { useTranslation } from 'react-i18next';
import { formatMeasure, formatNumber } from '../../shared/format/format';

/** Target reached, missed, or no target to compare with. */
export function AttainedTag({ attained }: { attained: boolean | null | undefined }) {
  const { t } = useTranslation();
  if (attained == null) return <Typography.Text type="secondary">—</Typography.Text>;
  return attained ? (
    <Tag color="success" data-testid="attained">
      {t('analytics.attained.yes')}
    </Tag>
  ) : (
    <Tag color="error" data-testid="attained">
      {t('analytics.attained.no')}
    </Tag>
  );
}

/** «+4,2 п. п.» in green when it is an improvement, in red when it is a decline, plain when the indicator has no direction. */
export function ChangeText({ change, improved, unit }: { change: number | null | undefined; improved: boolean | null | undefined; unit?: string | null }) {
  const { t } = useTranslation();
  if (change == null) return <Typography.Text type="secondary">—</Typography.Text>;
  const text = `${change > 0 ? '+' : change < 0 ? '−' : ''}${formatMeasure(Math.abs(change), unit === '%' ? t('analytics.percentPoints') : unit)}`;
  if (improved == null) return <span>{text}</span>;
  const Icon = change > 0 ? ArrowUpOutlined : ArrowDownOutlined;
  return (
    <Typography.Text type={improved ? 'success' : 'danger'} title={t(improved ? 'analytics.better' : 'analytics.worse')}>
      <Icon /> {text}
    </Typography.Text>
  );
}

/** «по 1 из 19 школ», with a «неполные данные» mark when too few of the expected schools stand behind the value. */
export function CoverageText({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  return (
    <span data-testid="coverage">
      <Typography.Text type={coverage.partial ? 'warning' : undefined}>
        {t('analytics.coverage.of', { count: coverage.expected, reported: formatNumber(coverage.reported), expected: formatNumber(coverage.expected) })}
      </Typography.Text>
      {coverage.partial && coverage.reported > 0 && (
        <Tag color="warning" style={{ marginInlineStart: 6 }} data-testid="partial" title={t('analytics.coverage.partialHint')}>
          {t('analytics.coverage.partial')}
        </Tag>
      )}
    </span>
  );
}
