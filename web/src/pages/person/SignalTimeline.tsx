import { useQuery } from '@tanstack/react-query';
import type { IdentityEvent } from '../../api/identities';
import { identityEventsQuery } from '../../api/identities';
import { formatDateTime } from '../../app/format';
import { Tag } from '../../components/Badge';
import { Card } from '../../components/Card';
import type { Column } from '../../components/DataTable';
import { DataTable } from '../../components/DataTable';
import { Pager, useCursorPages } from '../../components/Pager';
import { ErrorMessage, Loading } from '../../components/Status';

const columns: Column<IdentityEvent>[] = [
  { key: 'time', header: 'When', cell: (e) => formatDateTime(e.time) },
  { key: 'type', header: 'Signal', cell: (e) => <code>{e.type}</code> },
  {
    key: 'severity',
    header: 'Severity',
    cell: (e) =>
      e.severity ? <Tag tone={severe(e.severity) ? 'bad' : 'neutral'}>{e.severity}</Tag> : '—',
  },
  { key: 'source', header: 'Source', cell: (e) => e.source },
];

function severe(severity: NonNullable<IdentityEvent['severity']>): boolean {
  return severity === 'high' || severity === 'critical';
}

/** The signals about one identity, newest first, paged on the server. */
export function SignalTimeline({ identityId }: { identityId: string }) {
  const pages = useCursorPages(identityId);
  const query = useQuery(
    identityEventsQuery(identityId, {
      limit: 25,
      ...(pages.cursor ? { cursor: pages.cursor } : {}),
    }),
  );
  return (
    <Card title="Signals">
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorMessage error={query.error} />
      ) : (
        <>
          <DataTable
            caption="Signals, newest first"
            columns={columns}
            rows={query.data.items}
            rowKey={(e) => `${e.source}/${e.id}`}
            empty="No signals have arrived about this identity."
          />
          <Pager
            label="Signal pages"
            page={pages.page}
            nextCursor={query.data.next}
            onNext={pages.next}
            onPrevious={pages.previous}
          />
        </>
      )}
    </Card>
  );
}
