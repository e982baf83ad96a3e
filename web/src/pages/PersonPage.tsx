import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { identityQuery } from '../api/identities';
import type { IdentityDetail } from '../api/identities';
import { ApiError } from '../api/problem';
import { displayName, formatDate } from '../app/format';
import { Card } from '../components/Card';
import { PageHeader } from '../components/PageHeader';
import { ErrorMessage, Loading } from '../components/Status';
import { RiskSection } from './person/RiskSection';
import { SignalTimeline } from './person/SignalTimeline';

/** One person or agent: who they are, and the signals that arrived about them. */
export default function PersonPage() {
  const { id = '' } = useParams();
  const identity = useQuery(identityQuery(id));
  if (identity.isPending) return <Loading />;
  if (identity.error) return <NotVisible error={identity.error} />;
  const person = identity.data;
  return (
    <>
      <PageHeader
        title={displayName(person)}
        subtitle={[person.title, person.department].filter(Boolean).join(' · ') || person.email}
      />
      <RiskSection identityId={person.id} />
      <Profile person={person} />
      <SignalTimeline identityId={person.id} />
    </>
  );
}

function NotVisible({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.status === 404)
    return (
      <>
        <PageHeader title="Person not found" />
        <p>
          There is nobody with this id that you may see. Managers see their own team, employees only
          themselves. <Link to="/people">Back to people</Link>
        </p>
      </>
    );
  return <ErrorMessage error={error} />;
}

function Profile({ person }: { person: IdentityDetail }) {
  const rows: [string, React.ReactNode][] = [
    ['Email', person.email],
    ['Kind', person.kind === 'agent' ? 'AI agent' : 'Person'],
    ['Department', person.department ?? '—'],
    ['Title', person.title ?? '—'],
    ['Location', person.location ?? '—'],
    ['Manager', person.manager ? <PersonLink key="m" who={person.manager} /> : '—'],
    ['Owner', person.owner ? <PersonLink key="o" who={person.owner} /> : null],
    ['Started', formatDate(person.startDate)],
    ['Status', person.active ? 'Active' : `Left ${formatDate(person.leftAt)}`],
    ['Privileged', person.privileged ? 'Yes' : 'No'],
    ['Groups', person.groups.map((g) => g.name).join(', ') || '—'],
    ['Scopes', person.scopes.length ? person.scopes.join(', ') : null],
  ];
  return (
    <Card title="Profile">
      <dl className="facts">
        {rows
          .filter(([, value]) => value !== null)
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </Card>
  );
}

function PersonLink({ who }: { who: { id: string; email: string; name: string | null } }) {
  return <Link to={`/people/${who.id}`}>{displayName(who)}</Link>;
}
