import { useQuery } from '@tanstack/react-query';
import type { SsfStreamHealth } from '../../api/ssf';
import { ssfDeliveriesQuery, useReplayStream } from '../../api/ssf';
import { formatDateTime } from '../../app/format';
import { Tag } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import type { Column } from '../../components/DataTable';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage, Loading } from '../../components/Status';

const tones: Record<SsfStreamHealth['status'], 'good' | 'bad' | 'neutral'> = {
  enabled: 'good',
  paused: 'neutral',
  disabled: 'bad',
};

function counts(s: SsfStreamHealth): string {
  const m = s.messages;
  return `${m.delivered} delivered, ${m.pending + m.delivering} waiting, ${m.dead} failed`;
}

/**
 * Shared Signals streams (CAEP/RISC receivers): where each sends, whether it is enabled, how its
 * SETs are delivering, and a way to try the failed ones again once the receiver is fixed.
 */
export function SharedSignalsCard() {
  const query = useQuery(ssfDeliveriesQuery);
  const replay = useReplayStream();
  const columns: Column<SsfStreamHealth>[] = [
    { key: 'endpoint', header: 'Receiver', cell: (s) => s.endpoint_url },
    { key: 'status', header: 'Status', cell: (s) => <Tag tone={tones[s.status]}>{s.status}</Tag> },
    { key: 'sets', header: 'Security event tokens', cell: counts },
    {
      key: 'error',
      header: 'Last error',
      cell: (s) => (s.last_error ? `${s.last_error} (${formatDateTime(s.last_error_at)})` : '—'),
    },
    {
      key: 'actions',
      header: 'Actions',
      cell: (s) =>
        s.messages.dead > 0 ? (
          <Button
            busy={replay.isPending && replay.variables === s.stream_id}
            onClick={() => replay.mutate(s.stream_id)}
            aria-label={`Try again: ${s.endpoint_url}`}
          >
            Try again
          </Button>
        ) : null,
    },
  ];
  return (
    <Card title="Shared Signals streams">
      {replay.error && <ErrorMessage error={replay.error} title="The events were not retried" />}
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorMessage error={query.error} />
      ) : (
        <DataTable
          caption="Shared Signals streams and their deliveries"
          rows={query.data.items}
          rowKey={(s) => s.stream_id}
          columns={columns}
          empty="No Shared Signals streams. Receivers create them through the SSF API with an ssf token; see docs/ssf.md."
        />
      )}
    </Card>
  );
}
