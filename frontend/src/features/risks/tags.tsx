import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LevelSource, Movement, ProfileStatus, RiskLevel } from './types';

const LEVEL_COLOR: Record<RiskLevel, string> = { HIGH: 'red', MEDIUM: 'orange', LOW: 'gold', NONE: 'green' };
const STATUS_COLOR: Record<ProfileStatus, string> = {
  NOT_STARTED: 'default',
  DRAFT: 'blue',
  SUBMITTED: 'processing',
  RETURNED: 'warning',
  ACCEPTED: 'success',
};

export function LevelTag({ level }: { level: RiskLevel | null | undefined }) {
  const { t } = useTranslation();
  if (!level) return <span>—</span>;
  return <Tag color={LEVEL_COLOR[level]}>{t(`identification.risk.level.${level}`)}</Tag>;
}

export function SourceText({ source }: { source: LevelSource | null | undefined }) {
  const { t } = useTranslation();
  return source ? <small>{t(`identification.risk.source.${source}`)}</small> : null;
}

export function ProfileStatusTag({ status }: { status: ProfileStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`identification.risk.status.${status}`)}</Tag>;
}

export function MovementMark({ movement }: { movement: Movement | null | undefined }) {
  const { t } = useTranslation();
  if (!movement) return null;
  const icon = movement === 'IMPROVED' ? <ArrowDownOutlined /> : movement === 'WORSENED' ? <ArrowUpOutlined /> : <MinusOutlined />;
  const color = movement === 'IMPROVED' ? 'green' : movement === 'WORSENED' ? 'red' : 'default';
  return (
    <Tooltip title={t(`identification.risk.movement.${movement}`)}>
      <Tag color={color} icon={icon}>
        {t(`identification.risk.movement.${movement}`)}
      </Tag>
    </Tooltip>
  );
}
