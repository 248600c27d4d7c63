import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { EDUCATION_LEVELS } from '../api/enums';
import type { EducationLevel, SchoolCategory, SettlementType } from '../api/types';

const CATEGORY_COLOR: Record<SchoolCategory, string> = {
  SHNOR: 'volcano',
  SHNSU: 'orange',
  PROJECT_500_PLUS: 'geekblue',
  LEADER: 'green',
  NON_OBJECTIVE_RESULTS: 'magenta',
};

export function CategoryTag({ category, muted = false }: { category: SchoolCategory; muted?: boolean }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`enums.categoryFull.${category}`)}>
      <Tag color={muted ? 'default' : CATEGORY_COLOR[category]} style={muted ? { textDecoration: 'line-through' } : undefined}>
        {t(`enums.category.${category}`)}
      </Tag>
    </Tooltip>
  );
}

export function LevelTags({ levels }: { levels: EducationLevel[] }) {
  const { t } = useTranslation();
  // Always НОО → ООО → СОО, whatever order the server sends.
  const ordered = EDUCATION_LEVELS.filter((level) => levels.includes(level));
  return (
    <>
      {ordered.map((level) => (
        <Tooltip key={level} title={t(`enums.levelFull.${level}`)}>
          <Tag>{t(`enums.level.${level}`)}</Tag>
        </Tooltip>
      ))}
    </>
  );
}

export function SettlementTag({ settlementType }: { settlementType: SettlementType }) {
  const { t } = useTranslation();
  return <Tag color={settlementType === 'RURAL' ? 'gold' : 'blue'}>{t(`enums.settlement.${settlementType}`)}</Tag>;
}
