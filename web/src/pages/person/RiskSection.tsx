import { useQuery } from '@tanstack/react-query';
import { identityRiskQuery } from '../../api/risk';
import { ApiError } from '../../api/problem';
import { Card } from '../../components/Card';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { RiskExplanation } from './RiskExplanation';
import { RiskHistoryChart } from './RiskHistoryChart';
import { RiskSummary } from './RiskSummary';

/** Score, explanation and history of one identity; used by the person page and "My security". */
export function RiskSection({ identityId }: { identityId: string }) {
  const risk = useQuery(identityRiskQuery(identityId, 50));
  if (risk.isPending) return <Loading label="Loading the score" />;
  if (risk.error instanceof ApiError && risk.error.code === 'NOT_FOUND')
    return (
      <Card title="Human Risk Index">
        <Empty>Not scored yet. Scores are computed as signals arrive.</Empty>
      </Card>
    );
  // A role without risk:read sees the rest of the page, without scores.
  if (risk.error instanceof ApiError && risk.error.status === 403) return null;
  if (risk.error) return <ErrorMessage error={risk.error} title="Could not load the score" />;
  return (
    <>
      <div className="grid two">
        <RiskSummary score={risk.data.score} />
        <RiskHistoryChart identityId={identityId} />
      </div>
      <RiskExplanation explanation={risk.data.explanation} />
    </>
  );
}
