import type { Permission, Session } from '../api/session';
import { can } from './permissions';

export interface NavItem {
  to: string;
  label: string;
  /** Who sees the item; the server enforces the same rule on the data behind it. */
  visible: (session: Session) => boolean;
}

const has = (session: Session, permission: Permission) => session.permissions.includes(permission);

/** Everyone but employees looks at other people; employees see only their own page. */
const staff = (session: Session) => session.role !== 'employee';

export const navItems: readonly NavItem[] = [
  { to: '/overview', label: 'Overview', visible: (s) => staff(s) && can(s, 'risk:read') },
  { to: '/people', label: 'People', visible: (s) => staff(s) && has(s, 'directory:read') },
  { to: '/agents', label: 'AI agents', visible: (s) => staff(s) && has(s, 'directory:read') },
  { to: '/cohorts', label: 'Cohorts', visible: (s) => staff(s) && can(s, 'risk:read') },
  { to: '/integrations', label: 'Integrations', visible: (s) => has(s, 'deadletters:read') },
  {
    to: '/settings',
    label: 'Settings',
    visible: (s) => has(s, 'users:read') || has(s, 'tokens:manage'),
  },
  { to: '/me', label: 'My security', visible: (s) => s.subjectId !== null },
];

/** Where a person lands after signing in. */
export function homeOf(session: Session): string {
  if (session.role === 'employee') return '/me';
  return can(session, 'risk:read') ? '/overview' : '/people';
}
