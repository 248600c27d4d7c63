import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemStatus, ReportStatus, RoadmapStatus } from '../../shared/api/types';

const ROADMAP_COLOR: Record<RoadmapStatus, string> = {
  DRAFT: 'default',
  APPROVED: 'blue',
  IN_EXECUTION: 'processing',
  COMPLETED: 'success',
  ARCHIVED: 'default',
};

const ITEM_COLOR: Record<ItemStatus, string> = {
  NOT_STARTED: 'default',
  IN_PROGRESS: 'processing',
  DONE: 'success',
  NOT_DONE: 'error',
  CANCELLED: 'default',
};

const REPORT_COLOR: Record<ReportStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  RETURNED: 'warning',
  ACCEPTED: 'success',
};

export function RoadmapStatusTag({ status }: { status: RoadmapStatus }) {
  const { t } = useTranslation();
  return <Tag color={ROADMAP_COLOR[status]}>{t(`enums.roadmapStatus.${status}`)}</Tag>;
}

export function ItemStatusTag({ status }: { status: ItemStatus | null | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Tag color={ITEM_COLOR[status]}>{t(`enums.itemStatus.${status}`)}</Tag>;
}

export function ReportStatusTag({ status }: { status: ReportStatus | null | undefined }) {
  const { t } = useTranslation();
  if (!status) return <Tag>{t('roadmaps.periods.notStarted')}</Tag>;
  return (
    <Tag color={REPORT_COLOR[status]} data-testid="report-status">
      {t(`enums.reportStatus.${status}`)}
    </Tag>
  );
}
