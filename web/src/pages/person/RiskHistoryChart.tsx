import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { identityRiskHistoryQuery } from '../../api/risk';
import type { RiskHistory } from '../../api/risk';
import { formatScore, formatShortDay } from '../../app/format';
import { Card } from '../../components/Card';
import type { ChartOption } from '../../components/Chart';
import { Chart } from '../../components/Chart';
import { Empty, ErrorMessage, Loading } from '../../components/Status';

/** The daily index over the last 90 days. */
export function RiskHistoryChart({ identityId }: { identityId: string }) {
  const query = useQuery(identityRiskHistoryQuery(identityId));
  return (
    <Card title="History">
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorMessage error={query.error} />
      ) : query.data.items.length === 0 ? (
        <Empty>No daily snapshots yet; the first is taken at the end of the day.</Empty>
      ) : (
        <HistoryLine history={query.data} />
      )}
    </Card>
  );
}

function HistoryLine({ history }: { history: RiskHistory }) {
  const option = useMemo<ChartOption>(
    () => ({
      xAxis: {
        type: 'category',
        data: history.items.map((i) => i.day),
        axisLabel: { formatter: formatShortDay, hideOverlap: true },
      },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [
        {
          type: 'line',
          name: 'Risk',
          showSymbol: false,
          data: history.items.map((i) => Number(i.risk.toFixed(1))),
        },
      ],
    }),
    [history],
  );
  const first = history.items[0];
  const last = history.items.at(-1);
  const label =
    first && last
      ? `Risk from ${first.day} (${formatScore(first.risk)}) to ${last.day} (${formatScore(last.risk)})`
      : 'Risk history';
  return <Chart option={option} label={label} />;
}
