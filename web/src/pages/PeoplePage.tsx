import type { IdentityQuery } from '../api/identities';
import type { Level, RiskQuery } from '../api/risk';
import { can } from '../app/permissions';
import { useSession } from '../app/session-context';
import { useDebounced } from '../app/use-debounced';
import { useUrlState } from '../app/use-url-state';
import { Card } from '../components/Card';
import type { SortOrder } from '../components/DataTable';
import { SelectField, TextField } from '../components/Field';
import { PageHeader } from '../components/PageHeader';
import { DirectoryTable } from './people/DirectoryTable';
import { RiskTable } from './people/RiskTable';

const PAGE_SIZE = 50;
type DirectorySort = NonNullable<IdentityQuery['sort']>;
const directorySorts: readonly DirectorySort[] = [
  'name',
  'email',
  'department',
  'title',
  'created',
];
const levels: readonly Level[] = ['critical', 'high', 'medium', 'low'];
const sortLabels: Record<DirectorySort, string> = {
  name: 'Name',
  email: 'Email',
  department: 'Department',
  title: 'Title',
  created: 'Date added',
};

/**
 * Everyone the viewer may see, paged on the server so that 100,000 people stay quick. Ordered by
 * risk when the viewer may see scores, else (or on request) by a directory field.
 */
export default function PeoplePage() {
  const session = useSession();
  const scores = can(session, 'risk:read');
  const [filters, setFilters] = useUrlState([
    'q',
    'department',
    'level',
    'active',
    'sort',
    'order',
  ]);
  const q = useDebounced(filters.q);
  const department = useDebounced(filters.department);
  const bySort = directorySorts.find((k) => k === filters.sort);
  const byRisk = scores && !bySort;
  const order: SortOrder = filters.order === 'desc' ? 'desc' : 'asc';
  const level = levels.find((l) => l === filters.level);
  const common = {
    kind: 'person' as const,
    limit: PAGE_SIZE,
    ...(q ? { q } : {}),
    ...(department ? { department } : {}),
  };

  const onSort = (key: string) => {
    if (key === 'risk') return setFilters({ sort: '', order: '' });
    const again = key === (bySort ?? '') && order === 'asc';
    setFilters({ sort: key, order: again ? 'desc' : 'asc' });
  };

  return (
    <>
      <PageHeader title="People" subtitle="Search, filter and sort everyone you may see." />
      <Card>
        <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <TextField
            label="Search"
            type="search"
            placeholder="Name, email or title"
            value={filters.q}
            onChange={(e) => setFilters({ q: e.target.value })}
          />
          <TextField
            label="Department"
            value={filters.department}
            onChange={(e) => setFilters({ department: e.target.value })}
          />
          <SelectField
            label="Order by"
            value={byRisk ? 'risk' : (bySort ?? 'name')}
            onChange={(e) => onSort(e.target.value)}
            options={[
              ...(scores ? [{ value: 'risk', label: 'Risk, highest first' }] : []),
              ...directorySorts.map((s) => ({ value: s, label: sortLabels[s] })),
            ]}
          />
          {byRisk ? (
            <SelectField
              label="Level"
              value={level ?? ''}
              onChange={(e) => setFilters({ level: e.target.value })}
              options={[
                { value: '', label: 'Any level' },
                ...levels.map((l) => ({ value: l, label: l })),
              ]}
            />
          ) : (
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
          )}
        </form>
        {byRisk ? (
          <RiskTable
            query={{ ...common, ...(level ? { level } : {}) } satisfies RiskQuery}
            onSort={onSort}
          />
        ) : (
          <DirectoryTable
            query={{
              ...common,
              sort: bySort ?? 'name',
              order,
              ...(filters.active === 'true' || filters.active === 'false'
                ? { active: filters.active }
                : {}),
            }}
            sort={{ key: bySort ?? 'name', order }}
            onSort={onSort}
          />
        )}
      </Card>
    </>
  );
}
