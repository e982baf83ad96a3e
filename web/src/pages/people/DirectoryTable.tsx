import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Identity, IdentityQuery } from '../../api/identities';
import { identitiesQuery } from '../../api/identities';
import { displayName, formatDate } from '../../app/format';
import type { Column, SortOrder } from '../../components/DataTable';
import { DataTable } from '../../components/DataTable';
import { Pager, useCursorPages } from '../../components/Pager';
import { ErrorMessage, Loading } from '../../components/Status';

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

interface DirectoryTableProps {
  query: IdentityQuery;
  sort: { key: string; order: SortOrder };
  onSort: (key: string) => void;
}

/** People as the directory lists them, sorted by a directory field on the server. */
export function DirectoryTable({ query, sort, onSort }: DirectoryTableProps) {
  const pages = useCursorPages(JSON.stringify(query));
  const result = useQuery(
    identitiesQuery({ ...query, ...(pages.cursor ? { cursor: pages.cursor } : {}) }),
  );
  if (result.isPending) return <Loading />;
  if (result.error) return <ErrorMessage error={result.error} />;
  return (
    <>
      <DataTable
        caption="People"
        columns={columns}
        rows={result.data.items}
        rowKey={(p) => p.id}
        sort={sort}
        onSort={onSort}
        empty="Nobody matches these filters."
      />
      <Pager
        label="People pages"
        page={pages.page}
        nextCursor={result.data.next}
        onNext={pages.next}
        onPrevious={pages.previous}
      />
    </>
  );
}
