import { useQuery } from '@tanstack/react-query';
import { identityQuery } from '../api/identities';
import { displayName } from '../app/format';
import { useSession } from '../app/session-context';
import { PageHeader } from '../components/PageHeader';
import { Empty, ErrorMessage, Loading } from '../components/Status';
import { RiskSection } from './person/RiskSection';
import { SignalTimeline } from './person/SignalTimeline';

/** An employee's own page: their score, why, and the signals behind it; nobody else's. */
export default function MySecurityPage() {
  const session = useSession();
  const subjectId = session.subjectId;
  const identity = useQuery({ ...identityQuery(subjectId ?? ''), enabled: subjectId !== null });
  if (!subjectId)
    return (
      <>
        <PageHeader title="My security" />
        <Empty>
          Your account is not linked to a person in the directory, so there is nothing to show.
        </Empty>
      </>
    );
  if (identity.isPending) return <Loading />;
  if (identity.error) return <ErrorMessage error={identity.error} />;
  return (
    <>
      <PageHeader
        title="My security"
        subtitle={`${displayName(identity.data)}: what Bulwark knows about your security, and why.`}
      />
      <RiskSection identityId={subjectId} />
      <SignalTimeline identityId={subjectId} />
    </>
  );
}
