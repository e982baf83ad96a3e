import type { useReplayDeadLetters } from '../../api/dead-letters';
import { ErrorMessage } from '../../components/Status';

type Replay = ReturnType<typeof useReplayDeadLetters>;

/** What the last replay did to each record, announced when it arrives. */
export function ReplayOutcome({ replay }: { replay: Replay }) {
  if (replay.error) return <ErrorMessage error={replay.error} title="Replay failed" />;
  const results = replay.data?.results;
  if (!results) return <div role="status" aria-live="polite" />;
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  const rejected = results.filter((r) => r.outcome === 'rejected');
  return (
    <div role="status" aria-live="polite" className="status status-info">
      Replayed {results.length}: {[...counts].map(([outcome, n]) => `${n} ${outcome}`).join(', ')}.
      {rejected.length > 0 && (
        <ul>
          {rejected.map((r) => (
            <li key={r.id}>
              #{r.id} still rejected: {r.reason ?? 'no reason given'}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
