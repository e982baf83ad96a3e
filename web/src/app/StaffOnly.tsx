import { Navigate, Outlet } from 'react-router';
import { useSession } from './session-context';

/**
 * Pages about other people. An employee who opens one by its address is sent to their own page:
 * the server would show them only themselves anyway, and the page would only confuse.
 */
export function StaffOnly() {
  return useSession().role === 'employee' ? <Navigate to="/me" replace /> : <Outlet />;
}
