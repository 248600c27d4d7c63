import { HeatmapChart, type HeatmapSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  VisualMapComponent,
  type GridComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

type HeatOption = echarts.ComposeOption<HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption>;

interface HeatMapProps {
  rows: string[];
  columns: string[];
  /** [column, row, value] */
  cells: [number, number, number][];
  ariaLabel: string;
}

/** A municipality × factor heat map (ECharts, SVG): the darker, the more schools at high risk. */
export function HeatMap({ rows, columns, cells, ariaLabel }: HeatMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const height = Math.max(240, rows.length * 34 + 150);
  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const chart = echarts.init(element, undefined, {
      renderer: 'svg',
      width: element.clientWidth > 0 ? undefined : 800,
      height: element.clientHeight > 0 ? undefined : height,
    });
    const max = Math.max(1, ...cells.map((c) => c[2]));
    const option: HeatOption = {
      tooltip: { position: 'top' },
      grid: { left: 8, right: 8, top: 8, bottom: 70, containLabel: true },
      xAxis: { type: 'category', data: columns, axisLabel: { interval: 0, rotate: 30, width: 140, overflow: 'truncate' } },
      yAxis: { type: 'category', data: rows },
      visualMap: { min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#f6ffed', '#ffd591', '#cf1322'] } },
      series: [{ type: 'heatmap', data: cells, label: { show: true } }],
    };
    chart.setOption(option);
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => {
      if (element.clientWidth > 0) chart.resize({ width: 'auto', height: 'auto' });
    });
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      chart.dispose();
    };
  }, [rows, columns, cells, height]);
  return (
    // Focusable, so that a keyboard can scroll the map where it is wider than a phone (axe scrollable-region-focusable).
    <div role="img" aria-label={ariaLabel} tabIndex={0} style={{ overflowX: 'auto' }}>
      <div ref={container} style={{ minWidth: 560, width: '100%', height }} />
    </div>
  );
}
