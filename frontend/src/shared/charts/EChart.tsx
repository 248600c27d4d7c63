import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the SPA draws, so the chart chunk stays small; SVG keeps the values in the DOM as text
// (readable by tests and screen readers' neighbours) and needs no canvas in jsdom.
echarts.use([LineChart, BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = echarts.ComposeOption<
  LineSeriesOption | BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

interface EChartProps {
  option: ChartOption;
  /** What the chart shows in words: the chart itself is an image to assistive technology. */
  ariaLabel: string;
  height?: number;
  'data-testid'?: string;
}

/**
 * An Apache ECharts chart as a React component: one instance per mount, the option replaced whenever it
 * changes, resized with its container. The container gets role="img" and the caller's description.
 */
export function EChart({ option, ariaLabel, height = 320, 'data-testid': testId }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    // A container without layout (jsdom, a hidden tab) gets a nominal size instead of ECharts' warning.
    const instance = echarts.init(element, undefined, {
      renderer: 'svg',
      width: element.clientWidth > 0 ? undefined : 640,
      height: element.clientHeight > 0 ? undefined : height,
    });
    chart.current = instance;
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => {
      if (element.clientWidth > 0) instance.resize({ width: 'auto', height: 'auto' });
    });
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [height]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option, height]);

  return (
    <div role="img" aria-label={ariaLabel} data-testid={testId}>
      <div ref={container} style={{ width: '100%', height }} />
    </div>
  );
}
