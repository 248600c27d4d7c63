import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../shared/api/types';

const COLORS: Record<Recommendation['status'], string> = { ISSUED: 'blue', ANSWERED: 'gold', DONE: 'green', WITHDRAWN: 'default' };

export function RecommendationStatusTag({ status }: { status: Recommendation['status'] }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`support.recommendations.status.${status}`)}</Tag>;
}
