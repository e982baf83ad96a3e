import type { Score } from '../../api/risk';
import { formatDateTime, formatScore } from '../../app/format';
import { LevelBadge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { Stat } from '../../components/Stat';

/** The Human Risk Index with its level, rank and the three components it is made of. */
export function RiskSummary({ score }: { score: Score }) {
  return (
    <Card title="Human Risk Index">
      <div className="grid stats">
        <Stat
          label="Risk (0–100)"
          value={
            <>
              {formatScore(score.risk)} <LevelBadge level={score.level} />
            </>
          }
          detail={`Riskier than ${Math.round(score.percentile)}% of the organisation`}
        />
        <Stat
          label="Behaviour"
          value={formatScore(score.behavior)}
          detail="How likely to act riskily"
        />
        <Stat
          label="Threat"
          value={formatScore(score.threat)}
          detail="How much they are targeted"
        />
        <Stat
          label="Access"
          value={formatScore(score.access)}
          detail="Blast radius if compromised"
        />
        <Stat
          label="Protection"
          value={`${Math.round(score.protection)}%`}
          detail="Behaviour points offset by reporting and training"
        />
      </div>
      <p className="muted small">
        Model {score.modelVersion}, computed {formatDateTime(score.computedAt)}.
        {score.ownRisk !== score.risk &&
          ` ${formatScore(score.ownRisk)} on their own; the rest comes from AI agents they own.`}
      </p>
    </Card>
  );
}
