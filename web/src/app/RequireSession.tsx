import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { sessionQuery } from '../api/session';
import { ErrorMessage, Loading } from '../components/Status';
import { SessionContext } from './session-context';

/** Pages behind it need a session; without one the browser goes to sign-in and comes back. */
export function RequireSession() {
  const location = useLocation();
  const { data: session, error, isPending } = useQuery(sessionQuery);
  if (isPending) return <Loading label="Checking your session" />;
  if (error) return <ErrorMessage error={error} title="Could not reach Bulwark" />;
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <SessionContext.Provider value={session}>
      <Outlet />
    </SessionContext.Provider>
  );
}
