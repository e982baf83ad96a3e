export interface Tenant {
  id: string;
  slug: string;
  name: string;
  isDemo: boolean;
  createdAt: number;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Returns why a tenant slug is not acceptable, or undefined when it is. */
export function slugProblem(slug: string): string | undefined {
  return SLUG.test(slug)
    ? undefined
    : `tenant slug "${slug}" must be 1–63 lower-case letters, digits or hyphens, starting with a letter or digit`;
}
