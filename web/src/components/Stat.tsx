import type { ReactNode } from 'react';

interface StatProps {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
}

/** A headline figure with its label above and a line of context below. */
export function Stat({ label, value, detail }: StatProps) {
  return (
    <div className="stat">
      <div className="stat-label">{label}</div>
      <div className="stat-value">{value}</div>
      {detail && <div className="stat-detail muted">{detail}</div>}
    </div>
  );
}
