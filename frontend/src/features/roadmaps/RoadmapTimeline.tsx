import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Roadmap, RoadmapItem } from '../../shared/api/types';

const MONTHS = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

type WindowState = 'planned' | 'current' | 'past' | 'done' | 'overdue';

/**
 * The state of one window of an item, month by month. The server says whether the item is overdue as a whole;
 * only the latest window that has ended can be the one missed, so earlier windows are never painted red
 * (an item done in March 2025 and due again later is not red in March 2025).
 */
function windowState(item: RoadmapItem, from: string, to: string, today: string, lastEnded: string | undefined): WindowState {
  if (from > today) return 'planned';
  if (to >= today) return item.lastStatus === 'DONE' ? 'done' : 'current';
  if (item.overdue && to === lastEnded) return 'overdue';
  return item.lastStatus === 'DONE' ? 'done' : 'past';
}

/** Months of the roadmap's years as columns, items as rows: when each measure runs, what is late, where today is. */
export function RoadmapTimeline({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation();
  const months: string[] = [];
  for (let year = roadmap.yearFrom; year <= roadmap.yearTo; year++) {
    for (let month = 1; month <= 12; month++) months.push(`${year}-${String(month).padStart(2, '0')}`);
  }
  const today = new Date().toISOString().slice(0, 7);
  const items = roadmap.sections.flatMap((section) => section.items);
  return (
    <div className="timeline" data-testid="timeline">
      <table>
        <thead>
          <tr>
            <th rowSpan={2}>{t('roadmaps.item.number')}</th>
            <th rowSpan={2} className="timeline-title">{t('roadmaps.item.title')}</th>
            {Array.from({ length: roadmap.yearTo - roadmap.yearFrom + 1 }, (_, i) => (
              <th key={i} colSpan={12}>
                {roadmap.yearFrom + i}
              </th>
            ))}
          </tr>
          <tr>
            {months.map((month) => (
              <th key={month}>{MONTHS[Number(month.slice(5)) - 1]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const windows = item.wholePeriod
              ? [{ from: months[0], to: months[months.length - 1] }]
              : item.windows.map((w) => ({ from: w.from.slice(0, 7), to: w.to.slice(0, 7) }));
            const lastEnded = windows.map((w) => w.to).filter((to) => to < today).sort().at(-1);
            return (
              <tr key={item.id}>
                <td>
                  <Typography.Text type={item.overdue ? 'danger' : undefined}>{item.number}</Typography.Text>
                </td>
                <td className="timeline-title" title={item.title}>
                  {item.title}
                </td>
                {months.map((month) => {
                  const window = windows.find((w) => w.from <= month && month <= w.to);
                  const classes = ['month'];
                  if (window) classes.push('active', windowState(item, window.from, window.to, today, lastEnded));
                  if (month === today) classes.push('today');
                  return (
                    <td
                      key={month}
                      className={classes.join(' ')}
                      title={window ? `${item.number}. ${item.title}: ${item.timeframe}` : undefined}
                    />
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <Space wrap size="middle" style={{ marginTop: 8 }} data-testid="timeline-legend">
        {(['planned', 'current', 'done', 'past', 'overdue'] as const).map((state) => (
          <Space key={state} size={4}>
            <span className={`timeline-swatch month active ${state}`} aria-hidden />
            <Typography.Text>{t(`roadmaps.timeline.${state}`)}</Typography.Text>
          </Space>
        ))}
        <Space size={4}>
          <span className="timeline-swatch today" aria-hidden />
          <Typography.Text>{t('roadmaps.timeline.today')}</Typography.Text>
        </Space>
      </Space>
    </div>
  );
}
