import { AppError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { Db } from '../storage/db.js';
import type { Tenant } from './tenant.js';
import { slugProblem } from './tenant.js';
import { findTenantBySlug, insertTenant, listTenants } from './tenant.repository.js';

export const DEFAULT_TENANT_SLUG = 'default';

export async function createTenant(
  db: Db,
  slug: string,
  name: string,
  isDemo = false,
): Promise<Tenant> {
  const problem = slugProblem(slug);
  if (problem)
    throw new AppError('VALIDATION_FAILED', problem, [{ path: 'slug', message: problem }]);
  return db.transaction(async (tx) => {
    if (await findTenantBySlug(tx, slug))
      throw new AppError('CONFLICT', `tenant "${slug}" already exists`);
    const tenant: Tenant = { id: newId(), slug, name, isDemo, createdAt: Date.now() };
    await insertTenant(tx, tenant);
    return tenant;
  });
}

/**
 * Finds the tenant a command works on (PRODUCT.md: "default: the only tenant, created on first
 * use"). Without a slug: the only real tenant; a fresh database gets a `default` tenant; several
 * tenants make the caller choose. A demo tenant is never picked implicitly when a real one exists,
 * and never for writing real data: then a `default` tenant is created beside it.
 */
export async function resolveTenant(
  db: Db,
  slug?: string,
  purpose: 'read' | 'write' = 'read',
): Promise<Tenant> {
  if (slug) {
    const tenant = await findTenantBySlug(db, slug);
    if (!tenant)
      throw new AppError(
        'TENANT_NOT_FOUND',
        `no tenant "${slug}"; list them with "bulwark tenant list"`,
      );
    return tenant;
  }
  const tenants = await listTenants(db);
  const real = tenants.filter((t) => !t.isDemo);
  if (real.length === 1 && real[0]) return real[0];
  if (real.length === 0 && purpose === 'write')
    return createTenant(db, DEFAULT_TENANT_SLUG, 'Default');
  if (real.length === 0 && tenants.length === 1 && tenants[0]) return tenants[0];
  if (tenants.length === 0) return createTenant(db, DEFAULT_TENANT_SLUG, 'Default');
  const slugs = tenants.map((t) => t.slug).join(', ');
  throw new AppError(
    'VALIDATION_FAILED',
    `several tenants exist (${slugs}); choose one with --tenant SLUG`,
  );
}
