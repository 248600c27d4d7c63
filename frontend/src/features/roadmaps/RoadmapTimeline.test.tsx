import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../../shared/i18n/i18n';
import type { Roadmap, RoadmapItem } from '../../shared/api/types';
import { RoadmapTimeline } from './RoadmapTimeline';

const item = (overrides: Partial<RoadmapItem>): RoadmapItem =>
  ({
    id: 1,
    sectionId: 1,
    position: 1,
    number: '1.1',
    title: 'Совещание с руководителями школ',
    timeframe: 'март 2025, март 2026',
    wholePeriod: false,
    windows: [
      { from: '2025-03-01', to: '2025-03-31' },
      { from: '2026-03-01', to: '2026-03-31' },
    ],
    executors: null,
    executorOrganisations: [],
    expectedResult: null,
    plannedIndicator: null,
    plannedValue: null,
    parentItem: null,
    lastStatus: null,
    overdue: true,
    childProgress: null,
    version: 0,
    ...overrides,
  }) as RoadmapItem;

describe('roadmap timeline', () => {
  it('shows titles and a legend and paints red only the window that was missed', () => {
    const roadmap = { yearFrom: 2025, yearTo: 2026, sections: [{ id: 1, items: [item({})] }] } as unknown as Roadmap;
    render(<RoadmapTimeline roadmap={roadmap} />);
    expect(screen.getByText('Совещание с руководителями школ')).toBeInTheDocument();
    expect(screen.getByTestId('timeline-legend')).toHaveTextContent('просрочено');
    const cells = screen.getAllByTitle('1.1. Совещание с руководителями школ: март 2025, март 2026');
    expect(cells).toHaveLength(2);
    expect(cells[0]).not.toHaveClass('overdue');
    expect(cells[0]).toHaveClass('past');
    expect(cells[1]).toHaveClass('overdue');
  });
});
