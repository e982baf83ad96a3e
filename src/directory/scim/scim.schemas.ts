import { z } from 'zod';

/** Query parameters of SCIM list requests (RFC 7644 §3.4.2); others are ignored. */
export const listQuery = z.object({
  filter: z.string().max(4096).optional(),
  startIndex: z.coerce.number().int().optional(),
  count: z.coerce.number().int().optional(),
  attributes: z.string().max(2000).optional(),
  excludedAttributes: z.string().max(2000).optional(),
});

export const resourceQuery = listQuery.pick({ attributes: true, excludedAttributes: true });

export const idParams = z.object({ id: z.string().min(1).max(200) });

/** SCIM routes are described by /Schemas, not the OpenAPI document; all need a SCIM token. */
export const scimRoute = { config: { access: { permission: 'scim' as const } } };
