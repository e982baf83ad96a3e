import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/problem';
import { sessionQuery, useLogin } from '../api/session';
import { homeOf } from '../app/nav';
import { safeNext } from '../app/safe-next';
import { Button } from '../components/Button';
import { TextField } from '../components/Field';
import { ErrorMessage } from '../components/Status';
import { EmailLinkForm } from './login/EmailLinkForm';
import { SsoForm } from './login/SsoForm';

export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const login = useLogin();
  const { data: session } = useQuery(sessionQuery);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const needsCode =
    login.error instanceof ApiError && login.error.code === 'TOTP_REQUIRED' ? true : totp !== '';

  useEffect(() => {
    document.title = 'Sign in · Bulwark';
  }, []);

  if (session) return <Navigate to={safeNext(params.get('next')) ?? homeOf(session)} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate(
      { email, password, ...(totp ? { totp } : {}) },
      {
        onSuccess: (s) =>
          void navigate(safeNext(params.get('next')) ?? homeOf(s), { replace: true }),
      },
    );
  };

  return (
    <main className="login" id="main">
      <form className="card login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">Sign in to Bulwark</h1>
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {needsCode && (
          <TextField
            label="One-time code"
            inputMode="numeric"
            autoComplete="one-time-code"
            hint="The six digits your authenticator app shows now."
            value={totp}
            onChange={(e) => setTotp(e.target.value)}
          />
        )}
        {login.error &&
          !(login.error instanceof ApiError && login.error.code === 'TOTP_REQUIRED') && (
            <ErrorMessage error={login.error} title="Not signed in" />
          )}
        <Button type="submit" variant="primary" busy={login.isPending}>
          Sign in
        </Button>
      </form>
      <div className="card login-card">
        <SsoForm initialTenant={params.get('tenant') ?? ''} />
        <p className="login-divider">or</p>
        <EmailLinkForm initialTenant={params.get('tenant') ?? ''} />
      </div>
    </main>
  );
}
