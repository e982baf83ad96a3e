import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Distribution } from '../../api/risk';
import { distributionQuery } from '../../api/risk';
import { Card } from '../../components/Card';
import type { ChartOption } from '../../components/Chart';
import { Chart } from '../../components/Chart';
import { Empty, ErrorMessage, Loading } from '../../components/Status';

const bins = Array.from({ length: 10 }, (_, i) => `${i * 10}–${i === 9 ? 100 : i * 10 + 9}`);

/** How many people sit in each tenth of the index. */
export function DistributionCard() {
  const query = useQuery(distributionQuery);
  return (
    <Card title="Distribution">
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorMessage error={query.error} />
      ) : query.data.hidden || !query.data.histogram ? (
        <Empty>
          Too few people are visible to show a distribution without singling anyone out.
        </Empty>
      ) : (
        <Histogram distribution={query.data} histogram={query.data.histogram} />
      )}
    </Card>
  );
}

function Histogram({
  distribution,
  histogram,
}: {
  distribution: Distribution;
  histogram: number[];
}) {
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 32, bottom: 48 },
      // The axis name sits under the labels: at the axis end it ran into the last band's label.
      // Every band is labelled where the labels fit; any that would overlap are left out.
      xAxis: {
        type: 'category',
        data: bins,
        name: 'risk',
        nameLocation: 'middle',
        nameGap: 28,
        axisLabel: { interval: 0, hideOverlap: true, fontSize: 11 },
      },
      yAxis: { type: 'value', name: 'people' },
      series: [{ type: 'bar', name: 'People', data: histogram }],
    }),
    [histogram],
  );
  const label = `People per risk band: ${bins.map((b, i) => `${b}: ${histogram[i] ?? 0}`).join(', ')}`;
  const p = distribution.percentiles ?? {};
  return (
    <>
      <Chart option={option} label={label} height={240} />
      <p className="muted small">
        Median {Math.round(p.p50 ?? 0)}, 90th percentile {Math.round(p.p90 ?? 0)}, 99th{' '}
        {Math.round(p.p99 ?? 0)}.
      </p>
    </>
  );
}
