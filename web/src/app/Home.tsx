import { Navigate } from 'react-router';
import { homeOf } from './nav';
import { useSession } from './session-context';

/** The start page depends on who signed in: employees see their own page. */
export function Home() {
  return <Navigate to={homeOf(useSession())} replace />;
}
