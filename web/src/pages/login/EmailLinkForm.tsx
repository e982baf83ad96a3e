import { useState } from 'react';
import type { FormEvent } from 'react';
import { useRequestEmailLink } from '../../api/session';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { ErrorMessage } from '../../components/Status';

/** For people without a password: a one-time link by mail, valid for 15 minutes. */
export function EmailLinkForm({ initialTenant }: { initialTenant: string }) {
  const request = useRequestEmailLink();
  const [email, setEmail] = useState('');
  const [tenant, setTenant] = useState(initialTenant);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate({ email, tenant: tenant.trim() });
  };
  if (request.isSuccess)
    return (
      <p role="status" className="status status-info">
        If {email} belongs to a member of {tenant}, a sign-in link is on its way. It works once, for
        15 minutes.
      </p>
    );
  return (
    <form onSubmit={submit} aria-labelledby="link-title">
      <h2 id="link-title">Email me a sign-in link</h2>
      <TextField
        label="Work email"
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <TextField
        label="Organisation for the link"
        required
        value={tenant}
        onChange={(e) => setTenant(e.target.value)}
      />
      {request.error && <ErrorMessage error={request.error} title="No link sent" />}
      <Button type="submit" busy={request.isPending}>
        Send link
      </Button>
    </form>
  );
}
