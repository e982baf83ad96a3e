import type { ReactNode } from 'react';
import { ApiError, describeError } from '../api/problem';

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
  const fields = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return (
    <div className="status status-error" role="alert">
      <strong>{title}.</strong>{' '}
      {fields.length > 1 ? (
        <>
          {error instanceof ApiError ? (error.problem.detail ?? error.problem.title) : ''}
          <ul>
            {fields.map((f) => (
              <li key={`${f.path}:${f.message}`}>
                <code>{f.path}</code>: {f.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        describeError(error)
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="status muted">{children}</p>;
}
