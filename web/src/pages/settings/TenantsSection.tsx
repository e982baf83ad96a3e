import { useNavigate } from 'react-router';
import { useSwitchTenant } from '../../api/session';
import { useSession } from '../../app/session-context';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/Status';

/** The tenants this person belongs to, with their role in each. */
export function TenantsSection() {
  const session = useSession();
  const navigate = useNavigate();
  const switchTenant = useSwitchTenant();
  return (
    <Card title="Tenants">
      {switchTenant.error && <ErrorMessage error={switchTenant.error} title="Could not switch" />}
      <DataTable
        caption="Your tenants"
        rows={session.tenants}
        rowKey={(t) => t.id}
        columns={[
          { key: 'name', header: 'Tenant', cell: (t) => t.name },
          { key: 'slug', header: 'Slug', cell: (t) => <code>{t.slug}</code> },
          { key: 'role', header: 'Your role', cell: (t) => t.role },
          {
            key: 'action',
            header: 'Action',
            cell: (t) =>
              t.id === session.tenant.id ? (
                'Current'
              ) : (
                <Button
                  busy={switchTenant.isPending}
                  onClick={() =>
                    switchTenant.mutate(t.slug, { onSuccess: () => void navigate('/') })
                  }
                >
                  Switch to {t.name}
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}
