import { useQuery } from '@tanstack/react-query';
import type { Member, PersonRole } from '../../api/users';
import { membersQuery, personRoles, useChangeMember, useRemoveMember } from '../../api/users';
import { formatDate } from '../../app/format';
import { useSession } from '../../app/session-context';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import type { Column } from '../../components/DataTable';
import { DataTable } from '../../components/DataTable';
import { Pager, useCursorPages } from '../../components/Pager';
import { ErrorMessage, Loading } from '../../components/Status';
import { AddMemberForm } from './AddMemberForm';

/** Members of this tenant, their role and scope; admins change roles and remove members. */
export function MembersSection() {
  const session = useSession();
  const canManage = session.permissions.includes('users:manage');
  const pages = useCursorPages('members');
  const query = useQuery(membersQuery(pages.cursor));
  const change = useChangeMember();
  const remove = useRemoveMember();

  const columns: Column<Member>[] = [
    { key: 'email', header: 'Email', cell: (m) => m.email },
    { key: 'name', header: 'Name', cell: (m) => m.name ?? '—' },
    {
      key: 'role',
      header: 'Role',
      cell: (m) =>
        canManage && m.id !== session.user.id ? (
          <select
            aria-label={`Role of ${m.email}`}
            value={m.role}
            disabled={change.isPending}
            onChange={(e) =>
              change.mutate({ id: m.id, change: { role: e.target.value as PersonRole } })
            }
          >
            {personRoles.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        ) : (
          m.role
        ),
    },
    { key: 'scope', header: 'Scope', cell: (m) => scopeText(m.scope) },
    {
      key: 'signin',
      header: 'Sign-in',
      cell: (m) =>
        [m.signIn.password && 'password', m.signIn.totp && 'one-time code']
          .filter(Boolean)
          .join(' + ') || 'link or SSO',
    },
    { key: 'added', header: 'Added', cell: (m) => formatDate(m.addedAt) },
    ...(canManage
      ? [
          {
            key: 'remove',
            header: 'Action',
            cell: (m: Member) =>
              m.id === session.user.id ? null : (
                <Button
                  variant="danger"
                  busy={remove.isPending}
                  onClick={() => remove.mutate(m.id)}
                  aria-label={`Remove ${m.email}`}
                >
                  Remove
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      {canManage && <AddMemberForm />}
      <Card title="Members">
        {change.error && <ErrorMessage error={change.error} title="Role not changed" />}
        {remove.error && <ErrorMessage error={remove.error} title="Not removed" />}
        {query.isPending ? (
          <Loading />
        ) : query.error ? (
          <ErrorMessage error={query.error} />
        ) : (
          <>
            <DataTable
              caption="Members"
              columns={columns}
              rows={query.data.items}
              rowKey={(m) => m.id}
            />
            <Pager
              label="Member pages"
              page={pages.page}
              nextCursor={query.data.next}
              onNext={pages.next}
              onPrevious={pages.previous}
            />
          </>
        )}
      </Card>
    </>
  );
}

function scopeText(scope: Member['scope']): string {
  const parts = [
    ...(scope.departments ?? []).map((d) => `department ${d}`),
    ...(scope.businessUnits ?? []).map((b) => `business unit ${b}`),
  ];
  return parts.join(', ') || 'Whole tenant';
}
