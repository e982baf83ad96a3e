import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Trend } from '../../api/risk';
import { trendQuery } from '../../api/risk';
import { formatScore, formatShortDay } from '../../app/format';
import { Card } from '../../components/Card';
import type { ChartOption } from '../../components/Chart';
import { Chart } from '../../components/Chart';
import { Empty, ErrorMessage, Loading } from '../../components/Status';

/** The organisation's mean index per day, with the number of people at high or critical. */
export function TrendCard() {
  const query = useQuery(trendQuery(90));
  return (
    <Card title="Index trend, last 90 days">
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorMessage error={query.error} />
      ) : query.data.items.length === 0 ? (
        <Empty>No daily snapshots yet; the first is taken when scores are first computed.</Empty>
      ) : (
        <TrendChart trend={query.data} />
      )}
    </Card>
  );
}

function TrendChart({ trend }: { trend: Trend }) {
  const option = useMemo<ChartOption>(
    () => ({
      legend: { bottom: 0, itemGap: 24 },
      grid: { left: 48, right: 48, top: 32, bottom: 64 },
      xAxis: {
        type: 'category',
        data: trend.items.map((d) => d.day),
        axisLabel: { formatter: formatShortDay, hideOverlap: true },
      },
      yAxis: [
        { type: 'value', name: 'mean risk', min: 0 },
        { type: 'value', name: 'people', splitLine: { show: false } },
      ],
      series: [
        {
          type: 'line',
          name: 'Mean risk',
          showSymbol: trend.items.length < 3,
          data: trend.items.map((d) => Number(d.meanRisk.toFixed(1))),
        },
        {
          type: 'bar',
          name: 'High or critical',
          yAxisIndex: 1,
          barMaxWidth: 16,
          data: trend.items.map((d) => d.levels.high + d.levels.critical),
        },
      ],
    }),
    [trend],
  );
  const first = trend.items[0];
  const last = trend.items.at(-1);
  const label =
    first && last
      ? `Mean risk went from ${formatScore(first.meanRisk)} on ${first.day} to ${formatScore(last.meanRisk)} on ${last.day}`
      : 'Mean risk per day';
  return <Chart option={option} label={label} height={240} />;
}
