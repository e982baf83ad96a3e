import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ApiToken, TokenRole } from '../../api/tokens';
import { tokenRoles, tokensQuery, useCreateToken, useRevokeToken } from '../../api/tokens';
import { formatDateTime } from '../../app/format';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import type { Column } from '../../components/DataTable';
import { DataTable } from '../../components/DataTable';
import { SelectField, TextField } from '../../components/Field';
import { ErrorMessage, Loading } from '../../components/Status';

/** API tokens: the secret is shown once, at creation; afterwards only its first characters. */
export function TokensSection() {
  const query = useQuery(tokensQuery);
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [name, setName] = useState('');
  const [role, setRole] = useState<TokenRole>('ingest');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, role }, { onSuccess: () => setName('') });
  };

  const columns: Column<ApiToken>[] = [
    { key: 'name', header: 'Name', cell: (t) => t.name },
    { key: 'role', header: 'Role', cell: (t) => t.role },
    { key: 'prefix', header: 'Starts with', cell: (t) => <code>{t.prefix}…</code> },
    { key: 'created', header: 'Created', cell: (t) => formatDateTime(t.createdAt) },
    { key: 'used', header: 'Last used', cell: (t) => formatDateTime(t.lastUsedAt) },
    {
      key: 'action',
      header: 'Action',
      cell: (t) =>
        t.revokedAt ? (
          `Revoked ${formatDateTime(t.revokedAt)}`
        ) : (
          <Button
            variant="danger"
            busy={revoke.isPending}
            onClick={() => revoke.mutate(t.id)}
            aria-label={`Revoke ${t.name}`}
          >
            Revoke
          </Button>
        ),
    },
  ];

  return (
    <>
      <Card title="Create a token">
        <form className="inline-form" onSubmit={submit}>
          <TextField
            label="Name"
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <SelectField
            label="Role"
            value={role}
            onChange={(e) => setRole(e.target.value as TokenRole)}
            options={tokenRoles.map((r) => ({ value: r, label: r }))}
          />
          <Button type="submit" variant="primary" busy={create.isPending}>
            Create token
          </Button>
        </form>
        {create.error && <ErrorMessage error={create.error} title="Not created" />}
        {create.data && (
          <div role="status" className="status status-info">
            Copy the token now; it is not shown again:{' '}
            <code className="secret">{create.data.token}</code>
          </div>
        )}
      </Card>
      <Card title="Tokens">
        {revoke.error && <ErrorMessage error={revoke.error} title="Not revoked" />}
        {query.isPending ? (
          <Loading />
        ) : query.error ? (
          <ErrorMessage error={query.error} />
        ) : (
          <DataTable
            caption="API tokens"
            columns={columns}
            rows={query.data.items}
            rowKey={(t) => t.id}
          />
        )}
      </Card>
    </>
  );
}
