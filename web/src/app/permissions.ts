import type { Session } from '../api/session';

/**
 * Whether the session's role may do something. Takes any permission name, so the dashboard can
 * ask about permissions newer than its generated types.
 */
export function can(session: Session, permission: string): boolean {
  return (session.permissions as readonly string[]).includes(permission);
}
