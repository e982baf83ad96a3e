import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ssoStartUrl } from '../../api/session';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { ErrorMessage } from '../../components/Status';

/** Single sign-on: the browser leaves for the tenant's identity provider and comes back signed in. */
export function SsoForm({ initialTenant }: { initialTenant: string }) {
  const [tenant, setTenant] = useState(initialTenant);
  const start = useMutation({
    mutationFn: ssoStartUrl,
    onSuccess: (url) => window.location.assign(url),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate(tenant.trim());
  };
  return (
    <form onSubmit={submit} aria-labelledby="sso-title">
      <h2 id="sso-title">Single sign-on</h2>
      <TextField
        label="Organisation"
        hint="The tenant name your administrator gave you, e.g. acme"
        required
        value={tenant}
        onChange={(e) => setTenant(e.target.value)}
      />
      {start.error && <ErrorMessage error={start.error} title="Single sign-on is not available" />}
      <Button type="submit" busy={start.isPending}>
        Continue with single sign-on
      </Button>
    </form>
  );
}
