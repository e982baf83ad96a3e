import { useEffect, useRef } from 'react';
import { Link, Navigate } from 'react-router';
import { useRedeemEmailLink } from '../api/session';
import { homeOf } from '../app/nav';
import { ErrorMessage, Loading } from '../components/Status';

/**
 * Where a sign-in link lands. The token is in the fragment, which browsers never send to a
 * server or a Referer; it is exchanged once and removed from the address bar.
 */
export function EmailLinkPage() {
  const redeem = useRedeemEmailLink();
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
    window.history.replaceState(null, '', window.location.pathname);
    if (token) redeem.mutate(token);
  }, [redeem]);

  if (redeem.data) return <Navigate to={homeOf(redeem.data)} replace />;
  return (
    <main className="login" id="main">
      <div className="card login-card">
        <h1>Signing you in</h1>
        {redeem.error ? (
          <>
            <ErrorMessage error={redeem.error} title="This link does not work" />
            <Link to="/login">Sign in another way</Link>
          </>
        ) : redeem.isPending ? (
          <Loading label="Checking your link" />
        ) : (
          <p>
            This address needs the link from your email. <Link to="/login">Sign in</Link>
          </p>
        )}
      </div>
    </main>
  );
}
