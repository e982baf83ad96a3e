import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useLogout, useSwitchTenant } from '../api/session';
import { Button } from '../components/Button';
import { ErrorMessage } from '../components/Status';
import { navItems } from './nav';
import { useSession } from './session-context';

/** The frame of every signed-in page: skip link, navigation, tenant and account, the page. */
export function Layout() {
  const session = useSession();
  const main = useRef<HTMLElement>(null);
  const location = useLocation();
  const first = useRef(true);

  // After a client-side navigation, focus moves to the new page as it would on a page load.
  useEffect(() => {
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [location.pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Bulwark</span>
        <TenantSwitcher />
        <Account />
      </header>
      <nav className="sidebar" aria-label="Main">
        <ul>
          {navItems
            .filter((item) => item.visible(session))
            .map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'}>
                  {item.label}
                </NavLink>
              </li>
            ))}
        </ul>
      </nav>
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

function TenantSwitcher() {
  const session = useSession();
  const navigate = useNavigate();
  const switchTenant = useSwitchTenant();
  if (session.tenants.length < 2) return <span className="tenant">{session.tenant.name}</span>;
  return (
    <div className="tenant">
      <label htmlFor="tenant-switch" className="visually-hidden">
        Tenant
      </label>
      <select
        id="tenant-switch"
        value={session.tenant.slug}
        disabled={switchTenant.isPending}
        onChange={(e) =>
          switchTenant.mutate(e.target.value, { onSuccess: () => void navigate('/') })
        }
      >
        {session.tenants.map((t) => (
          <option key={t.id} value={t.slug}>
            {t.name} ({t.role})
          </option>
        ))}
      </select>
      {switchTenant.error && <ErrorMessage error={switchTenant.error} title="Could not switch" />}
    </div>
  );
}

function Account() {
  const session = useSession();
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <div className="account">
      <span className="muted">
        {session.user.name ?? session.user.email} · {session.role}
      </span>
      <Button
        variant="link"
        busy={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login') })}
      >
        Sign out
      </Button>
    </div>
  );
}
