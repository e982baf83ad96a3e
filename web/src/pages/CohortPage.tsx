import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import type { CohortChange, CohortMember } from '../api/cohorts';
import {
  cohortHistoryQuery,
  cohortMembersQuery,
  cohortQuery,
  useRemoveCohort,
} from '../api/cohorts';
import { displayName, formatDateTime, formatScore } from '../app/format';
import { can } from '../app/permissions';
import { useSession } from '../app/session-context';
import { LevelBadge } from '../components/Badge';
import { Button } from '../components/Button';
import { Card } from '../components/Card';
import type { Column } from '../components/DataTable';
import { DataTable } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { Pager, useCursorPages } from '../components/Pager';
import { ErrorMessage, Loading } from '../components/Status';

const memberColumns: Column<CohortMember>[] = [
  {
    key: 'name',
    header: 'Member',
    cell: (m) => <Link to={`/people/${m.identityId}`}>{displayName(m)}</Link>,
  },
  { key: 'risk', header: 'Risk', align: 'right', cell: (m) => formatScore(m.risk) },
  { key: 'level', header: 'Level', cell: (m) => <LevelBadge level={m.level} /> },
  {
    key: 'entered',
    header: 'Member since',
    nowrap: true,
    cell: (m) => formatDateTime(m.enteredAt),
  },
];

const historyColumns: Column<CohortChange>[] = [
  {
    key: 'email',
    header: 'Identity',
    cell: (h) => (
      <Link to={`/people/${h.identityId}`} className="break-anywhere">
        {h.email}
      </Link>
    ),
  },
  { key: 'entered', header: 'Entered', nowrap: true, cell: (h) => formatDateTime(h.enteredAt) },
  {
    key: 'left',
    header: 'Left',
    nowrap: true,
    cell: (h) => (h.leftAt ? formatDateTime(h.leftAt) : 'Still a member'),
  },
];

/** One cohort: its rule, its members now (riskiest first) and who entered and left when. */
export default function CohortPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const navigate = useNavigate();
  const cohort = useQuery(cohortQuery(id));
  const remove = useRemoveCohort();
  if (cohort.isPending) return <Loading />;
  if (cohort.error) return <ErrorMessage error={cohort.error} />;
  const c = cohort.data;
  return (
    <>
      <PageHeader
        title={c.name}
        subtitle={c.description ?? `${c.kind === 'dynamic' ? 'Dynamic' : 'Static'} cohort`}
        actions={
          can(session, 'cohorts:write') &&
          !c.builtin && (
            <Button
              variant="danger"
              busy={remove.isPending}
              onClick={() => remove.mutate(c.id, { onSuccess: () => void navigate('/cohorts') })}
            >
              Delete cohort
            </Button>
          )
        }
      />
      {remove.error && <ErrorMessage error={remove.error} title="Not deleted" />}
      <Members cohortId={c.id} />
      {/* Full width: beside the rule, its dates wrapped onto three lines each. */}
      <History cohortId={c.id} />
      <Card title="Rule">
        <pre className="rule">{JSON.stringify(c.definition, null, 2)}</pre>
        <p className="muted small">Last evaluated {formatDateTime(c.evaluatedAt)}.</p>
      </Card>
    </>
  );
}

function Members({ cohortId }: { cohortId: string }) {
  const pages = useCursorPages(cohortId);
  const query = useQuery(cohortMembersQuery(cohortId, pages.cursor));
  return (
    <Card title="Members">
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorMessage error={query.error} />
      ) : (
        <>
          <DataTable
            caption="Members, riskiest first"
            columns={memberColumns}
            rows={query.data.items}
            rowKey={(m) => m.identityId}
            empty="Nobody matches the rule now."
          />
          <Pager
            label="Member pages"
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

function History({ cohortId }: { cohortId: string }) {
  const pages = useCursorPages(cohortId);
  const query = useQuery(cohortHistoryQuery(cohortId, pages.cursor));
  return (
    <Card title="Membership history">
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorMessage error={query.error} />
      ) : (
        <>
          <DataTable
            caption="Who entered and left, newest first"
            columns={historyColumns}
            rows={query.data.items}
            rowKey={(h) => `${h.identityId}-${h.enteredAt}`}
            empty="No changes yet."
          />
          <Pager
            label="History pages"
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
