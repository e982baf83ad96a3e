import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Identity, IdentityQuery } from '../api/identities';
import { identitiesQuery } from '../api/identities';
import { displayName, formatDate } from '../app/format';
import { useDebounced } from '../app/use-debounced';
import { useUrlState } from '../app/use-url-state';
import { Card } from '../components/Card';
import type { Column, SortOrder } from '../components/DataTable';
import { DataTable } from '../components/DataTable';
import { SelectField, TextField } from '../components/Field';
import { PageHeader } from '../components/PageHeader';
import { Pager, useCursorPages } from '../components/Pager';
import { ErrorMessage, Loading } from '../components/Status';

const PAGE_SIZE = 50;
type Sort = NonNullable<IdentityQuery['sort']>;
const sortKeys: readonly Sort[] = ['name', 'email', 'department', 'title', 'created'];

const columns: Column<Identity>[] = [
  {
    key: 'name',
    header: 'Name',
    sortable: true,
    cell: (p) => <Link to={`/people/${p.id}`}>{displayName(p)}</Link>,
  },
  { key: 'email', header: 'Email', sortable: true, cell: (p) => p.email },
  { key: 'department', header: 'Department', sortable: true, cell: (p) => p.department ?? '—' },
  { key: 'title', header: 'Title', sortable: true, cell: (p) => p.title ?? '—' },
  { key: 'created', header: 'Added', sortable: true, cell: (p) => formatDate(p.createdAt) },
];

/** Everyone the viewer may see, paged on the server so 100,000 people stay quick. */
export default function PeoplePage() {
  const [filters, setFilters] = useUrlState(['q', 'department', 'active', 'sort', 'order']);
  const sort: Sort = sortKeys.find((k) => k === filters.sort) ?? 'name';
  const order: SortOrder = filters.order === 'desc' ? 'desc' : 'asc';
  const q = useDebounced(filters.q);
  const department = useDebounced(filters.department);
  const base: IdentityQuery = {
    kind: 'person',
    sort,
    order,
    limit: PAGE_SIZE,
    ...(q ? { q } : {}),
    ...(department ? { department } : {}),
    ...(filters.active === 'true' || filters.active === 'false' ? { active: filters.active } : {}),
  };
  const pages = useCursorPages(JSON.stringify(base));
  const query = useQuery(
    identitiesQuery({ ...base, ...(pages.cursor ? { cursor: pages.cursor } : {}) }),
  );

  const onSort = (key: string) =>
    setFilters({ sort: key, order: key === sort && order === 'asc' ? 'desc' : 'asc' });

  return (
    <>
      <PageHeader title="People" subtitle="Search, filter and sort everyone you may see." />
      <Card>
        <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <TextField
            label="Search"
            type="search"
            placeholder="Name or email"
            value={filters.q}
            onChange={(e) => setFilters({ q: e.target.value })}
          />
          <TextField
            label="Department"
            value={filters.department}
            onChange={(e) => setFilters({ department: e.target.value })}
          />
          <SelectField
            label="Status"
            value={filters.active}
            onChange={(e) => setFilters({ active: e.target.value })}
            options={[
              { value: '', label: 'Everyone' },
              { value: 'true', label: 'Active' },
              { value: 'false', label: 'Left' },
            ]}
          />
        </form>
        {query.isPending ? (
          <Loading />
        ) : query.error ? (
          <ErrorMessage error={query.error} />
        ) : (
          <>
            <DataTable
              caption="People"
              columns={columns}
              rows={query.data.items}
              rowKey={(p) => p.id}
              sort={{ key: sort, order }}
              onSort={onSort}
              empty="Nobody matches these filters."
            />
            <Pager
              label="People pages"
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
