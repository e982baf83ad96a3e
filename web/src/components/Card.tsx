import type { ReactNode } from 'react';

interface CardProps {
  title?: string;
  /** Controls shown at the right of the title, e.g. a link to the full list. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled panel; its title is an h2 so the page outline reads page → sections. */
export function Card({ title, actions, children, className }: CardProps) {
  return (
    <section className={['card', className].filter(Boolean).join(' ')} aria-label={title}>
      {(title || actions) && (
        <header className="card-header">
          {title && <h2>{title}</h2>}
          {actions && <div className="card-actions">{actions}</div>}
        </header>
      )}
      {children}
    </section>
  );
}
