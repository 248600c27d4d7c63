import { ExportOutlined } from '@ant-design/icons';
import { Collapse, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { periodText } from '../../shared/format/period';
import type { Evidence } from './types';

/** Where the object behind a piece of evidence opens in the SPA; none when it has no page of its own. */
export function evidencePath(evidence: Evidence): string | null {
  const id = evidence.objectId;
  if (id == null) return null;
  switch (evidence.kind) {
    case 'ROADMAP':
    case 'ITEM':
      return `/roadmaps/${id}`;
    case 'REPORT':
      return evidence.period ? `/roadmaps/${id}/reports/${evidence.period}` : `/roadmaps/${id}`;
    case 'CAMPAIGN':
      return `/campaigns/${id}`;
    case 'SCHOOL':
      return `/schools/${id}`;
    case 'EVENT':
      return '/events';
    case 'RECOMMENDATION':
      return `/recommendations/${id}`;
    default:
      return null;
  }
}

function Title({ evidence }: { evidence: Evidence }) {
  const path = evidencePath(evidence);
  if (evidence.kind === 'LINK' || (path == null && evidence.url)) {
    return evidence.url ? (
      <a
        href={evidence.url}
        target="_blank"
        rel="noopener noreferrer"
        // Underlined: in a line of text a link must not differ by its colour alone (axe link-in-text-block).
        style={{ overflowWrap: 'anywhere', textDecoration: 'underline' }}
      >
        {evidence.title} <ExportOutlined aria-hidden />
      </a>
    ) : (
      <span>{evidence.title}</span>
    );
  }
  return path ? (
    <Link to={path} style={{ overflowWrap: 'anywhere' }}>
      {evidence.title}
    </Link>
  ) : (
    <span>{evidence.title}</span>
  );
}

/** The objects a computed mark stands on: roadmaps, reports, campaigns, schools, events, recommendations, links. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const { t } = useTranslation();
  if (evidence.length === 0) {
    return <Typography.Text type="secondary">{t('scorecard.evidence.none')}</Typography.Text>;
  }
  const list = (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {evidence.map((item, index) => (
        <li key={`${item.kind}-${item.objectId ?? item.url ?? ''}-${index}`} style={{ paddingBlock: 4 }}>
          <Tag style={{ marginInlineEnd: 6 }}>{t(`scorecard.evidence.kind.${item.kind}`)}</Tag>
          <Title evidence={item} />
          {item.period && <Typography.Text type="secondary"> · {periodText(item.period, t)}</Typography.Text>}
          {item.kind !== 'LINK' && item.url && (
            <>
              {' · '}
              <a href={item.url} target="_blank" rel="noopener noreferrer" style={{ textDecoration: 'underline' }}>
                {t('scorecard.evidence.publication')} <ExportOutlined aria-hidden />
              </a>
            </>
          )}
          {item.detail && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {item.detail}
              </Typography.Text>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
  return (
    <Collapse
      size="small"
      ghost
      defaultActiveKey={evidence.length <= 5 ? ['evidence'] : []}
      items={[{ key: 'evidence', label: t('scorecard.evidence.title', { n: evidence.length }), children: list }]}
    />
  );
}
