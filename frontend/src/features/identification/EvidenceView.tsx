import { Descriptions, Flex, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMeasure } from '../../shared/format/format';
import { RuleOutcomeTag, YearStatusTag } from './tags';
import type { GroupEvidence, RuleEvidence, SchoolEvidence } from './types';

/** Why the criteria say what they say about a school: each group and rule, year by year, with the values. */
export function EvidenceView({ evidence }: { evidence: SchoolEvidence }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Text>
        <strong>{t('identification.evidence.basis')}:</strong> {evidence.basis}
      </Typography.Text>
      <GroupView title={t('identification.editor.entry')} group={evidence.entry} />
      {evidence.exit && <GroupView title={t('identification.editor.exit')} group={evidence.exit} />}
    </Space>
  );
}

function GroupView({ title, group }: { title: string; group: GroupEvidence }) {
  const { t } = useTranslation();
  return (
    <div>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{title}</Typography.Text>
        <Typography.Text type="secondary">
          {t(`identification.combination.${group.combination}`, { count: group.atLeast ?? 0 })}
        </Typography.Text>
        <RuleOutcomeTag outcome={group.outcome} />
      </Flex>
      <List
        size="small"
        dataSource={group.rules}
        renderItem={(rule) => (
          <List.Item key={rule.ruleId}>
            <RuleView rule={rule} />
          </List.Item>
        )}
      />
    </div>
  );
}

function RuleView({ rule }: { rule: RuleEvidence }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={4}>
      <Flex gap={8} wrap align="center">
        <RuleOutcomeTag outcome={rule.outcome} />
        <Typography.Text strong>{rule.label ?? rule.indicatorName}</Typography.Text>
        <Typography.Text type="secondary">{t('identification.evidence.revision', { revision: rule.ruleRevision })}</Typography.Text>
      </Flex>
      <Typography.Text type="secondary">{rule.text}</Typography.Text>
      <Descriptions size="small" column={1} bordered>
        {rule.years.map((year) => (
          <Descriptions.Item key={year.year} label={<span>{year.year}</span>}>
            <Flex gap={8} wrap align="center">
              <YearStatusTag status={year.status} />
              <Typography.Text type="secondary">
                {t('identification.evidence.counted', { count: year.counted })}
                {year.excluded > 0 && ` · ${t('identification.evidence.excluded', { count: year.excluded })}`}
              </Typography.Text>
              {year.values.map((value) => (
                <Typography.Text key={value.cut}>
                  {value.cutLabel ? `${value.cutLabel}: ` : ''}
                  {formatMeasure(value.value, rule.unit)}
                  {value.participants != null && ` (${t('identification.evidence.participants', { count: value.participants })})`}
                </Typography.Text>
              ))}
            </Flex>
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Space>
  );
}
