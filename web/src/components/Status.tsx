import type { ReactNode } from 'react';
import { describeError } from '../api/problem';

/** Shown while data loads; announced politely so a screen reader knows the page is working. */
export function Loading({ label = 'Loading' }: { label?: string }) {
  return (
    <p className="status muted" role="status">
      {label}…
    </p>
  );
}

export function ErrorMessage({
  error,
  title = 'Could not load this',
}: {
  error: unknown;
  title?: string;
}) {
  return (
    <div className="status status-error" role="alert">
      <strong>{title}.</strong> {describeError(error)}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="status muted">{children}</p>;
}
