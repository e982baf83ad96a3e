import { createContext, useContext } from 'react';
import type { Session } from '../api/session';

export const SessionContext = createContext<Session | null>(null);

/** The signed-in session; only pages behind RequireSession call it. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside RequireSession');
  return session;
}
