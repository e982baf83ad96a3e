import { useQuery } from '@tanstack/react-query';
import type { Connector, ConnectorState } from '../../api/connectors';
import { connectorsQuery, useRunConnector } from '../../api/connectors';
import { formatDateTime } from '../../app/format';
import { can } from '../../app/permissions';
import { useSession } from '../../app/session-context';
import { Tag } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import type { Column } from '../../components/DataTable';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage, Loading } from '../../components/Status';

const health: Record<ConnectorState, { text: string; tone: 'good' | 'bad' | 'neutral' }> = {
  ok: { text: 'healthy', tone: 'good' },
  failed: { text: 'failing', tone: 'bad' },
  running: { text: 'running', tone: 'neutral' },
  never: { text: 'not run yet', tone: 'neutral' },
};

function lastRun(c: Connector): string {
  const counts = c.status.lastCounts;
  if (!counts) return '—';
  return `${counts.records} records: ${counts.stored} stored, ${counts.duplicate} duplicate, ${counts.ignored} ignored, ${counts.rejected} rejected`;
}

/** Pull connectors: whether each is healthy, when it last synced, what its last run did. */
export function ConnectorsCard({ onShowRejected }: { onShowRejected: (format: string) => void }) {
  const session = useSession();
  const query = useQuery(connectorsQuery);
  const run = useRunConnector();
  const columns: Column<Connector>[] = [
    { key: 'name', header: 'Connector', cell: (c) => `${c.name} (${c.kind})` },
    {
      key: 'health',
      header: 'Health',
      cell: (c) => (
        <>
          <Tag tone={health[c.status.state].tone}>{health[c.status.state].text}</Tag>
          {!c.enabled && ' paused'}
        </>
      ),
    },
    {
      key: 'sync',
      header: 'Last successful sync',
      cell: (c) => formatDateTime(c.status.lastSuccessAt),
    },
    { key: 'last', header: 'Last run', cell: lastRun },
    {
      key: 'error',
      header: 'Last error',
      cell: (c) =>
        c.status.lastError ? (
          <span>
            {c.status.lastError}
            {c.status.consecutiveFailures > 1 && ` (${c.status.consecutiveFailures} runs in a row)`}
          </span>
        ) : (
          '—'
        ),
    },
    {
      key: 'actions',
      header: 'Actions',
      cell: (c) => (
        <span className="actions">
          {can(session, 'connectors:manage') && (
            <Button
              busy={run.isPending && run.variables === c.id}
              onClick={() => run.mutate(c.id)}
              aria-label={`Run now: ${c.name}`}
            >
              Run now
            </Button>
          )}
          {c.kind !== 'graph' && (c.status.lastCounts?.rejected ?? 0) > 0 && (
            <Button variant="link" onClick={() => onShowRejected(c.kind)}>
              Rejected records
            </Button>
          )}
        </span>
      ),
    },
  ];
  return (
    <Card title="Connectors">
      {run.error && <ErrorMessage error={run.error} title="The run did not start" />}
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorMessage error={query.error} />
      ) : (
        <DataTable
          caption="Connectors and their health"
          rows={query.data.items}
          rowKey={(c) => c.id}
          columns={columns}
          empty="No pull connectors are set up. Records can also arrive by webhook, syslog or the API."
        />
      )}
    </Card>
  );
}
