export type Level = 'low' | 'medium' | 'high' | 'critical';

/** A risk level as text and colour, so it never depends on colour alone. */
export function LevelBadge({ level }: { level: Level }) {
  return <span className={`badge level-${level}`}>{level}</span>;
}

export function Tag({
  children,
  tone = 'neutral',
}: {
  children: string;
  tone?: 'neutral' | 'good' | 'bad';
}) {
  return <span className={`badge tone-${tone}`}>{children}</span>;
}
