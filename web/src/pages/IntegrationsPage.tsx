import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { DeadLetter, DeadLetterQuery } from '../api/dead-letters';
import { deadLettersQuery, useReplayDeadLetters } from '../api/dead-letters';
import { formatDateTime } from '../app/format';
import { useDebounced } from '../app/use-debounced';
import { useUrlState } from '../app/use-url-state';
import { can } from '../app/permissions';
import { useSession } from '../app/session-context';
import { Tag } from '../components/Badge';
import { Button } from '../components/Button';
import { Card } from '../components/Card';
import type { Column } from '../components/DataTable';
import { DataTable } from '../components/DataTable';
import { SelectField, TextField } from '../components/Field';
import { PageHeader } from '../components/PageHeader';
import { Pager, useCursorPages } from '../components/Pager';
import { ErrorMessage, Loading } from '../components/Status';
import { ConnectorsCard } from './integrations/ConnectorsCard';
import { ReplayOutcome } from './integrations/ReplayOutcome';
import { SharedSignalsCard } from './integrations/SharedSignalsCard';

const PAGE_SIZE = 50;

/** Records an integration sent that Bulwark could not store, why, and a way to try them again. */
export default function IntegrationsPage() {
  const session = useSession();
  const canReplay = session.permissions.includes('deadletters:replay');
  const [filters, setFilters] = useUrlState(['format', 'status']);
  const format = useDebounced(filters.format);
  const status =
    filters.status === 'replayed' ? 'replayed' : filters.status === 'all' ? undefined : 'pending';
  const base: DeadLetterQuery = {
    limit: PAGE_SIZE,
    ...(status ? { status } : {}),
    ...(format ? { format } : {}),
  };
  const pages = useCursorPages(JSON.stringify(base));
  const query = useQuery(
    deadLettersQuery({ ...base, ...(pages.cursor ? { cursor: pages.cursor } : {}) }),
  );
  const replay = useReplayDeadLetters();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());

  const toggle = (id: number) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const run = (ids: number[]) => replay.mutate(ids, { onSuccess: () => setSelected(new Set()) });

  const columns: Column<DeadLetter>[] = [
    ...(canReplay
      ? [
          {
            key: 'pick',
            header: 'Select',
            cell: (d: DeadLetter) => (
              <input
                type="checkbox"
                aria-label={`Select dead letter ${d.id}`}
                checked={selected.has(d.id)}
                disabled={d.status !== 'pending'}
                onChange={() => toggle(d.id)}
              />
            ),
          },
        ]
      : []),
    { key: 'received', header: 'Received', cell: (d) => formatDateTime(d.receivedAt) },
    { key: 'format', header: 'Integration', cell: (d) => <code>{d.format}</code> },
    {
      key: 'origin',
      header: 'From',
      cell: (d) => (d.line === null ? d.origin : `${d.origin}, line ${d.line}`),
    },
    { key: 'reason', header: 'Why it was rejected', cell: (d) => <RawRecord letter={d} /> },
    { key: 'attempts', header: 'Tries', align: 'right', cell: (d) => d.attempts },
    {
      key: 'status',
      header: 'Status',
      cell: (d) => <Tag tone={d.status === 'pending' ? 'bad' : 'good'}>{d.status}</Tag>,
    },
    ...(canReplay
      ? [
          {
            key: 'replay',
            header: 'Action',
            cell: (d: DeadLetter) =>
              d.status === 'pending' ? (
                <Button
                  onClick={() => run([d.id])}
                  busy={replay.isPending}
                  aria-label={`Replay dead letter ${d.id}`}
                >
                  Replay
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="Integrations"
        subtitle="Every record an integration sends is stored, recognised as a duplicate, or kept here with the reason it was rejected."
      />
      {can(session, 'connectors:read') && (
        <ConnectorsCard onShowRejected={(format) => setFilters({ format, status: '' })} />
      )}
      {can(session, 'ssf:streams') && <SharedSignalsCard />}
      <Card
        title="Dead letters"
        actions={
          canReplay && (
            <Button
              variant="primary"
              disabled={selected.size === 0}
              busy={replay.isPending}
              onClick={() => run([...selected])}
            >
              Replay selected ({selected.size})
            </Button>
          )
        }
      >
        <form
          className="filters"
          onSubmit={(e) => e.preventDefault()}
          aria-label="Filter dead letters"
        >
          <TextField
            label="Integration format"
            placeholder="e.g. okta"
            value={filters.format}
            onChange={(e) => setFilters({ format: e.target.value })}
          />
          <SelectField
            label="Status"
            value={filters.status || 'pending'}
            onChange={(e) =>
              setFilters({ status: e.target.value === 'pending' ? '' : e.target.value })
            }
            options={[
              { value: 'pending', label: 'Waiting' },
              { value: 'replayed', label: 'Replayed' },
              { value: 'all', label: 'All' },
            ]}
          />
        </form>
        <ReplayOutcome replay={replay} />
        {query.isPending ? (
          <Loading />
        ) : query.error ? (
          <ErrorMessage error={query.error} />
        ) : (
          <>
            <DataTable
              caption="Dead letters"
              columns={columns}
              rows={query.data.items}
              rowKey={(d) => String(d.id)}
              empty="No rejected records. Everything that arrived was stored."
            />
            <Pager
              label="Dead letter pages"
              page={pages.page}
              nextCursor={query.data.next}
              onNext={pages.next}
              onPrevious={pages.previous}
            />
          </>
        )}
      </Card>
    </>
  );
}

function RawRecord({ letter }: { letter: DeadLetter }) {
  return (
    <details className="raw">
      <summary>{letter.reason}</summary>
      <pre>{letter.raw}</pre>
    </details>
  );
}
