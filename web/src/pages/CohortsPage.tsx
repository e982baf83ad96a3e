import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { cohortsQuery } from '../api/cohorts';
import { formatDateTime } from '../app/format';
import { can } from '../app/permissions';
import { useSession } from '../app/session-context';
import { Tag } from '../components/Badge';
import { Card } from '../components/Card';
import { DataTable } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { ErrorMessage, Loading } from '../components/Status';
import { CohortBuilder } from './cohorts/CohortBuilder';

/** Rule-based groups of people, kept up to date as scores change, with their history. */
export default function CohortsPage() {
  const session = useSession();
  const query = useQuery(cohortsQuery);
  return (
    <>
      <PageHeader
        title="Cohorts"
        subtitle="Groups defined by a rule, re-evaluated whenever scores change."
      />
      <Card title="Cohorts">
        {query.isPending ? (
          <Loading />
        ) : query.error ? (
          <ErrorMessage error={query.error} />
        ) : (
          <DataTable
            caption="Cohorts"
            rows={query.data.items}
            rowKey={(c) => c.id}
            empty="No cohorts yet."
            columns={[
              {
                key: 'name',
                header: 'Cohort',
                cell: (c) => <Link to={`/cohorts/${c.id}`}>{c.name}</Link>,
              },
              {
                key: 'kind',
                header: 'Kind',
                cell: (c) => (c.builtin ? <Tag>built-in</Tag> : c.kind),
              },
              { key: 'description', header: 'Description', cell: (c) => c.description ?? '' },
              {
                key: 'evaluated',
                header: 'Last evaluated',
                cell: (c) => formatDateTime(c.evaluatedAt),
              },
            ]}
          />
        )}
      </Card>
      {can(session, 'cohorts:write') && <CohortBuilder />}
    </>
  );
}
