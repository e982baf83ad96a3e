import { BarChart, LineChart } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the dashboard draws is registered, which keeps the chart code about a third of the
// full ECharts build.
echarts.use([
  BarChart,
  LineChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | DatasetComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/** The dashboard's palette, readable on white (WCAG AA for large graphics, 3:1). */
export const chartColors = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490'];

const base: ChartOption = {
  color: chartColors,
  grid: { left: 48, right: 16, top: 24, bottom: 32, containLabel: false },
  tooltip: { trigger: 'axis' },
};

/**
 * The page's own font, named as ECharts needs it. ECharts measures text to lay out legends and
 * axis labels; given `inherit` it measured in the canvas default font, narrower than the one
 * drawn, and legend items and labels overlapped.
 */
function textStyleOf(element: HTMLElement | null): { fontFamily: string } {
  const fontFamily = element ? getComputedStyle(element).fontFamily : '';
  return { fontFamily: fontFamily || 'sans-serif' };
}

interface ChartProps {
  option: ChartOption;
  /** What the chart shows, for people who cannot see it; the data is also in a table nearby. */
  label: string;
  height?: number;
}

/**
 * The one chart wrapper: every chart is ECharts with the same palette, grid and tooltip, drawn as
 * SVG, resized with its container, and exposed to assistive technology as one labelled image
 * whose label states what the chart shows.
 */
export function Chart({ option, label, height = 240 }: ChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      { ...base, textStyle: textStyleOf(ref.current), ...option },
      { notMerge: true },
    );
  }, [option]);

  // The label sits on a wrapper: ECharts writes attributes of its own on the element it draws in.
  return (
    <div className="chart" role="img" aria-label={label}>
      <div ref={ref} style={{ height }} />
    </div>
  );
}
