import { Empty, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMeasure } from '../../shared/format/format';
import { DataTable } from '../../shared/ui/DataTable';
import { VerdictTag } from './tags';
import type { EffectIndicator, EffectRow } from './types';

const signed = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const plain = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });

/** A change with its sign and unit: «+2,5 %», «−1 балл»; a dash when there is nothing to compare. */
export function formatChange(value: number | null | undefined, unit?: string | null): string {
  if (value == null) return '—';
  const number = signed.format(value).replace('-', '−');
  return unit ? `${number} ${unit}` : number;
}

function average(value: number | null | undefined, unit?: string | null): string {
  return value == null ? '—' : unit ? `${plain.format(value)} ${unit}` : formatMeasure(value);
}

/** A figure with its unit never breaks between the number and «%». */
const nowrap = { style: { whiteSpace: 'nowrap' as const } };

/**
 * Effectiveness of the measures per indicator the region chose: for each municipality (and the region in total) how
 * the schools of the programme changed from last year against the other schools, the difference and the verdict.
 */
export function Effectiveness({ indicators, rows, year, byMunicipality = true }: {
  indicators: EffectIndicator[];
  rows: EffectRow[];
  year: number;
  /** The region's page lists each municipality and the total; a municipality's card has its one row. */
  byMunicipality?: boolean;
}) {
  const { t } = useTranslation();
  if (indicators.length === 0) return <Empty description={t('scorecard.effect.noIndicators')} />;
  return (
    <Space orientation="vertical" size={24} style={{ width: '100%' }}>
      {indicators.map((indicator) => {
        const unit = indicator.unit;
        const cell = (key: string, title: string, render: (row: EffectRow) => ReactNode) => ({
          title,
          key,
          align: 'right' as const,
          onCell: () => nowrap,
          render: (_: unknown, row: EffectRow) => render(row),
        });
        const group = (key: 'programme' | 'others', title: string) => ({
          title,
          children: [
            cell(`${key}-schools`, t('scorecard.effect.schools'), (row) => row[key].schools),
            cell(`${key}-previous`, String(year - 1), (row) => average(row[key].previous, unit)),
            cell(`${key}-current`, String(year), (row) => average(row[key].current, unit)),
            cell(`${key}-change`, t('scorecard.effect.change'), (row) => formatChange(row[key].change, unit)),
          ],
        });
        const municipalityColumn: ColumnsType<EffectRow> = byMunicipality
          ? [
              {
                title: t('scorecard.columns.municipality'),
                key: 'municipality',
                width: 190,
                render: (_, row) =>
                  row.municipalityId == null ? <strong>{t('scorecard.effect.regionTotal')}</strong> : row.municipalityName,
              },
            ]
          : [];
        const columns: ColumnsType<EffectRow> = [
          ...municipalityColumn,
          group('programme', t('scorecard.effect.programme')),
          group('others', t('scorecard.effect.others')),
          cell('difference', t('scorecard.effect.difference'), (row) => formatChange(row.difference, unit)),
          { title: t('scorecard.effect.verdict'), key: 'verdict', render: (_, row) => <VerdictTag verdict={row.verdict} /> },
        ];
        const ofIndicator = rows
          .filter((row) => row.indicatorCode === indicator.code)
          // The region's total closes the table.
          .sort((a, b) => (a.municipalityId == null ? 1 : 0) - (b.municipalityId == null ? 1 : 0));
        const label = `${indicator.name}${unit ? `, ${unit}` : ''}`;
        return (
          <section key={indicator.code} aria-label={label}>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {label}{' '}
              <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
                {t(`scorecard.effect.better.${indicator.better}`)}
              </Typography.Text>
            </Typography.Title>
            <DataTable<EffectRow>
              label={label}
              rowKey={(row) => `${indicator.code}-${row.municipalityId ?? 'region'}`}
              dataSource={ofIndicator}
              columns={columns}
              pagination={false}
              size="small"
              bordered
              minWidth={byMunicipality ? 960 : 760}
              locale={{ emptyText: t('scorecard.effect.noRows') }}
            />
          </section>
        );
      })}
    </Space>
  );
}
