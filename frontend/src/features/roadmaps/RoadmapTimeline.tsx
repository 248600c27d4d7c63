import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Roadmap } from '../../shared/api/types';

const MONTHS = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

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
          {items.map((item) => (
            <tr key={item.id}>
              <td title={item.title}>
                <Typography.Text type={item.overdue ? 'danger' : undefined}>{item.number}</Typography.Text>
              </td>
              {months.map((month) => {
                const active = item.wholePeriod || item.windows.some((w) => w.from.slice(0, 7) <= month && month <= w.to.slice(0, 7));
                const classes = ['month'];
                if (active) classes.push('active');
                if (active && item.overdue && month < today) classes.push('overdue');
                if (active && item.lastStatus === 'DONE') classes.push('done');
                if (month === today) classes.push('today');
                return <td key={month} className={classes.join(' ')} title={active ? `${item.number}: ${item.timeframe}` : undefined} />;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
