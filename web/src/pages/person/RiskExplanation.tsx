import { useMemo } from 'react';
import type { Explanation, FactorName } from '../../api/risk';
import { formatDateTime, formatScore } from '../../app/format';
import { Card } from '../../components/Card';
import type { ChartOption } from '../../components/Chart';
import { Chart } from '../../components/Chart';
import { DataTable } from '../../components/DataTable';
import { useShowMore } from '../../components/ShowMore';

export const factorLabels: Record<FactorName, string> = {
  behavior: 'Behaviour',
  threat: 'Threat',
  access: 'Access',
  protection: 'Protective behaviour',
  agents: 'Owned AI agents',
};

const signed = (points: number) => `${points >= 0 ? '+' : '−'}${formatScore(Math.abs(points))}`;

/** Why the score is what it is: points per factor, per behaviour, and the events behind them. */
export function RiskExplanation({ explanation }: { explanation: Explanation }) {
  const { baseline, factors, behaviours, events, access } = explanation;
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 150, right: 24, top: 8, bottom: 24 },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'value', name: 'points' },
      yAxis: { type: 'category', data: factors.map((f) => factorLabels[f.factor]), inverse: true },
      series: [
        {
          type: 'bar',
          data: factors.map((f) => ({
            value: Number(f.points.toFixed(1)),
            itemStyle: { color: f.points >= 0 ? '#b45309' : '#047857' },
          })),
        },
      ],
    }),
    [factors],
  );
  const shownBehaviours = useShowMore(behaviours, 8);
  const shownEvents = useShowMore(events, 10);
  const summary = factors.map((f) => `${factorLabels[f.factor]} ${signed(f.points)}`).join(', ');

  return (
    <Card title="Why this score">
      <p>
        Someone with no signals and no access scores {formatScore(baseline)}. From there:{' '}
        {summary || 'nothing has moved it yet'}.
      </p>
      {factors.length > 0 && (
        <Chart
          option={option}
          label={`Points by factor: ${summary}`}
          height={40 + factors.length * 36}
        />
      )}
      <h3>Behaviours</h3>
      <DataTable
        caption="Behaviours behind the score"
        rows={shownBehaviours.shown}
        rowKey={(b) => b.type}
        empty="No behaviour counts towards this score."
        columns={[
          { key: 'title', header: 'Behaviour', cell: (b) => b.title },
          {
            key: 'factor',
            header: 'Counts towards',
            cell: (b) => factorLabels[b.factor as FactorName] ?? b.factor,
          },
          { key: 'events', header: 'Events', align: 'right', cell: (b) => b.events },
          { key: 'points', header: 'Points', align: 'right', cell: (b) => signed(b.points) },
        ]}
      />
      {shownBehaviours.toggle}
      <h3>The events behind it</h3>
      <DataTable
        caption="Events behind the score, with their points"
        rows={shownEvents.shown}
        rowKey={(e) => `${e.eventId ?? ''}-${e.time}-${e.type}`}
        empty="No events count towards this score."
        columns={[
          { key: 'time', header: 'When', cell: (e) => formatDateTime(e.time) },
          { key: 'title', header: 'What happened', cell: (e) => e.title },
          { key: 'note', header: 'Note', cell: (e) => e.note ?? '' },
          { key: 'points', header: 'Points now', align: 'right', cell: (e) => signed(e.points) },
        ]}
      />
      {shownEvents.toggle}
      {access.length > 0 && (
        <>
          <h3>Access</h3>
          <DataTable
            caption="Access that adds to the score"
            rows={access}
            rowKey={(a) => `${a.kind}-${a.label}`}
            columns={[
              { key: 'label', header: 'Access', cell: (a) => a.label },
              { key: 'kind', header: 'Kind', cell: (a) => a.kind },
              { key: 'points', header: 'Points', align: 'right', cell: (a) => signed(a.points) },
            ]}
          />
        </>
      )}
    </Card>
  );
}
