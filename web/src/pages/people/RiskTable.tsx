import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { RiskListItem, RiskQuery } from '../../api/risk';
import { riskListQuery } from '../../api/risk';
import { displayName, formatScore } from '../../app/format';
import { LevelBadge } from '../../components/Badge';
import type { Column } from '../../components/DataTable';
import { DataTable } from '../../components/DataTable';
import { Pager, useCursorPages } from '../../components/Pager';
import { ErrorMessage, Loading } from '../../components/Status';

const columns: Column<RiskListItem>[] = [
  {
    key: 'name',
    header: 'Name',
    sortable: true,
    cell: (r) => <Link to={`/people/${r.identity.id}`}>{displayName(r.identity)}</Link>,
  },
  {
    key: 'department',
    header: 'Department',
    sortable: true,
    cell: (r) => r.identity.department ?? '—',
  },
  { key: 'title', header: 'Title', sortable: true, cell: (r) => r.identity.title ?? '—' },
  { key: 'risk', header: 'Risk', sortable: true, align: 'right', cell: (r) => formatScore(r.risk) },
  { key: 'level', header: 'Level', cell: (r) => <LevelBadge level={r.level} /> },
  {
    key: 'percentile',
    header: 'Percentile',
    align: 'right',
    cell: (r) => Math.round(r.percentile),
  },
  { key: 'behavior', header: 'Behaviour', align: 'right', cell: (r) => formatScore(r.behavior) },
  { key: 'threat', header: 'Threat', align: 'right', cell: (r) => formatScore(r.threat) },
  { key: 'access', header: 'Access', align: 'right', cell: (r) => formatScore(r.access) },
];

/** People riskiest first, paged on the server; other columns sort through the directory. */
export function RiskTable({ query, onSort }: { query: RiskQuery; onSort: (key: string) => void }) {
  const pages = useCursorPages(JSON.stringify(query));
  const result = useQuery(
    riskListQuery({ ...query, ...(pages.cursor ? { cursor: pages.cursor } : {}) }),
  );
  if (result.isPending) return <Loading />;
  if (result.error) return <ErrorMessage error={result.error} />;
  return (
    <>
      <DataTable
        caption="People, riskiest first"
        columns={columns}
        rows={result.data.items}
        rowKey={(r) => r.identity.id}
        sort={{ key: 'risk', order: 'desc' }}
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
