import { useQuery } from '@tanstack/react-query';
import { distributionQuery } from '../../api/risk';
import { formatScore } from '../../app/format';
import { Stat } from '../../components/Stat';
import { ErrorMessage } from '../../components/Status';

/** The figures a reader wants first: how many people, how risky on average, how many at the top. */
export function HeadlineStats() {
  const query = useQuery(distributionQuery);
  if (query.error) return <ErrorMessage error={query.error} />;
  const d = query.data;
  const levels = d?.levels;
  const pending = '…';
  return (
    <section className="grid stats" aria-label="Headline figures">
      <div className="card">
        <Stat label="People scored" value={d ? d.identities.toLocaleString() : pending} />
      </div>
      <div className="card">
        <Stat label="Mean risk" value={d ? formatScore(d.mean) : pending} detail="0–100" />
      </div>
      <div className="card">
        <Stat label="Critical" value={levels ? levels.critical.toLocaleString() : pending} />
      </div>
      <div className="card">
        <Stat label="High" value={levels ? levels.high.toLocaleString() : pending} />
      </div>
    </section>
  );
}
