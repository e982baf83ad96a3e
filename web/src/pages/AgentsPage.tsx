import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Identity, IdentityQuery } from '../api/identities';
import { identitiesQuery, identityQuery } from '../api/identities';
import { displayName } from '../app/format';
import { useDebounced } from '../app/use-debounced';
import { useUrlState } from '../app/use-url-state';
import { Card } from '../components/Card';
import type { Column } from '../components/DataTable';
import { DataTable } from '../components/DataTable';
import { TextField } from '../components/Field';
import { PageHeader } from '../components/PageHeader';
import { Pager, useCursorPages } from '../components/Pager';
import { ErrorMessage, Loading } from '../components/Status';

const PAGE_SIZE = 50;

/** Service accounts, bots and LLM agents, each with the person who owns it and its scopes. */
export default function AgentsPage() {
  const [filters, setFilters] = useUrlState(['q']);
  const q = useDebounced(filters.q);
  const base: IdentityQuery = {
    kind: 'agent',
    sort: 'name',
    limit: PAGE_SIZE,
    ...(q ? { q } : {}),
  };
  const pages = useCursorPages(JSON.stringify(base));
  const query = useQuery(
    identitiesQuery({ ...base, ...(pages.cursor ? { cursor: pages.cursor } : {}) }),
  );
  const owners = useOwners(query.data?.items ?? []);

  const columns: Column<Identity>[] = [
    {
      key: 'name',
      header: 'Agent',
      cell: (a) => <Link to={`/people/${a.id}`}>{displayName(a)}</Link>,
    },
    {
      key: 'owner',
      header: 'Owner',
      cell: (a) =>
        a.ownerId ? (
          <Link to={`/people/${a.ownerId}`}>{owners.get(a.ownerId) ?? 'Owner'}</Link>
        ) : (
          'No owner'
        ),
    },
    { key: 'department', header: 'Department', cell: (a) => a.department ?? '—' },
    {
      key: 'scopes',
      header: 'Scopes',
      cell: (a) => (a.scopes.length ? <span className="scopes">{a.scopes.join(', ')}</span> : '—'),
    },
  ];

  return (
    <>
      <PageHeader
        title="AI agents"
        subtitle="Agents are scored like people and rolled up to their owner."
      />
      <Card>
        <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <TextField
            label="Search"
            type="search"
            placeholder="Name or email"
            value={filters.q}
            onChange={(e) => setFilters({ q: e.target.value })}
          />
        </form>
        {query.isPending ? (
          <Loading />
        ) : query.error ? (
          <ErrorMessage error={query.error} />
        ) : (
          <>
            <DataTable
              caption="AI agents"
              columns={columns}
              rows={query.data.items}
              rowKey={(a) => a.id}
              empty="No agents are in the directory."
            />
            <Pager
              label="Agent pages"
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

/** Names of the owners on this page; owners are few, so each is read once and cached. */
function useOwners(agents: readonly Identity[]): Map<string, string> {
  const ids = [...new Set(agents.flatMap((a) => (a.ownerId ? [a.ownerId] : [])))];
  const results = useQueries({
    queries: ids.map((id) => ({ ...identityQuery(id), retry: false })),
  });
  const names = new Map<string, string>();
  results.forEach((r, i) => {
    const id = ids[i];
    if (id && r.data) names.set(id, displayName(r.data));
  });
  return names;
}
