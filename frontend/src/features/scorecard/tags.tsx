import { ExclamationCircleOutlined, UserOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Mark, Verdict } from './types';

const MARK_COLOR: Record<Mark, string> = { MET: 'green', PARTLY: 'gold', NOT_MET: 'red', NO_DATA: 'default' };
const VERDICT_COLOR: Record<Verdict, string> = {
  BETTER: 'green',
  WORSE: 'red',
  SAME: 'default',
  IMPROVED: 'green',
  DECLINED: 'orange',
  NO_DATA: 'default',
};

/** Order of marks for sorting: met first. */
export const MARK_RANK: Record<Mark, number> = { MET: 3, PARTLY: 2, NOT_MET: 1, NO_DATA: 0 };

export function MarkTag({ mark, expert = false }: { mark: Mark; expert?: boolean }) {
  const { t } = useTranslation();
  const tag = (
    <Tag color={MARK_COLOR[mark]} icon={expert ? <UserOutlined aria-hidden /> : undefined} data-mark={mark} style={{ marginInlineEnd: 0 }}>
      {t(`scorecard.mark.${mark}`)}
    </Tag>
  );
  return expert ? (
    <Tooltip title={t('scorecard.expertMark')}>
      <span role="img" aria-label={`${t(`scorecard.mark.${mark}`)} (${t('scorecard.expertMark')})`}>
        {tag}
      </span>
    </Tooltip>
  ) : (
    tag
  );
}

export function ReviewTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('scorecard.reviewHint')}>
      <Tag color="orange" icon={<ExclamationCircleOutlined aria-hidden />} style={{ marginInlineEnd: 0 }}>
        {t('scorecard.review')}
      </Tag>
    </Tooltip>
  );
}

/** A cell of the region's table: the final mark, whether an expert set it, the review flag; last year's mark on hover. */
export function CellMark({ mark, expert, reviewNeeded, previousMark, previousYear }: {
  mark: Mark;
  expert: boolean;
  reviewNeeded: boolean;
  previousMark: Mark;
  previousYear: number;
}) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('scorecard.previousMark', { year: previousYear, mark: t(`scorecard.mark.${previousMark}`) })}>
      <Space orientation="vertical" size={4} align="start">
        <MarkTag mark={mark} expert={expert} />
        {reviewNeeded && <ReviewTag />}
      </Space>
    </Tooltip>
  );
}

export function VerdictTag({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  return <Tag color={VERDICT_COLOR[verdict]}>{t(`scorecard.verdict.${verdict}`)}</Tag>;
}
