import { NavLink, Navigate, Route, Routes } from 'react-router';
import type { Session } from '../api/session';
import { useSession } from '../app/session-context';
import { PageHeader } from '../components/PageHeader';
import { MembersSection } from './settings/MembersSection';
import { SsoSection } from './settings/SsoSection';
import { TenantsSection } from './settings/TenantsSection';
import { TokensSection } from './settings/TokensSection';

interface Tab {
  path: string;
  label: string;
  visible: (s: Session) => boolean;
  element: React.ReactNode;
}

const tabs: readonly Tab[] = [
  {
    path: 'users',
    label: 'Users and roles',
    visible: (s) => s.permissions.includes('users:read'),
    element: <MembersSection />,
  },
  {
    path: 'tokens',
    label: 'API tokens',
    visible: (s) => s.permissions.includes('tokens:manage'),
    element: <TokensSection />,
  },
  {
    path: 'sso',
    label: 'Single sign-on',
    visible: (s) => s.permissions.includes('sso:manage'),
    element: <SsoSection />,
  },
  { path: 'tenants', label: 'Tenants', visible: () => true, element: <TenantsSection /> },
];

/**
 * Who may use this tenant and how: members and roles, API tokens, single sign-on, and tenants to
 * switch to.
 */
export default function SettingsPage() {
  const session = useSession();
  const shown = tabs.filter((t) => t.visible(session));
  const first = shown[0];
  return (
    <>
      <PageHeader title="Settings" />
      <nav className="tabs" aria-label="Settings sections">
        {shown.map((t) => (
          <NavLink key={t.path} to={`/settings/${t.path}`}>
            {t.label}
          </NavLink>
        ))}
      </nav>
      <Routes>
        {first && <Route index element={<Navigate to={first.path} replace />} />}
        {shown.map((t) => (
          <Route key={t.path} path={t.path} element={t.element} />
        ))}
      </Routes>
    </>
  );
}
