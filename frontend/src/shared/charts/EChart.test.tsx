import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EChart } from './EChart';

describe('EChart', () => {
  it('draws an SVG chart in jsdom and carries its description', async () => {
    const view = render(
      <EChart
        data-testid="chart"
        ariaLabel="Динамика: последнее значение 62,5 %"
        option={{
          animation: false,
          xAxis: { type: 'category', data: ['2024 г.', '2025 г.'] },
          yAxis: { type: 'value' },
          series: [{ type: 'line', data: [58, 62.5], label: { show: true, formatter: '{c} %' } }],
        }}
      />,
    );
    const chart = screen.getByTestId('chart');
    expect(chart).toHaveAttribute('role', 'img');
    expect(chart).toHaveAccessibleName('Динамика: последнее значение 62,5 %');
    expect(chart.querySelector('svg')).not.toBeNull();
    expect(chart.textContent).toContain('2025 г.');
    view.rerender(
      <EChart data-testid="chart" ariaLabel="x" option={{ animation: false, xAxis: { type: 'category', data: ['2026 г.'] }, yAxis: { type: 'value' }, series: [{ type: 'line', data: [1] }] }} />,
    );
    expect(chart.textContent).toContain('2026 г.');
    view.unmount();
  });
});
