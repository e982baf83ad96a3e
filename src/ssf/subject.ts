import { z } from 'zod';
import { canonicalJson } from '../shared/ids.js';
import type { SubjectId } from './ssf.js';

/**
 * Subject identifiers (RFC 9493 formats, plus SSF complex subjects) as receivers send them to the
 * add and remove subject endpoints, and the subject Bulwark puts in each SET.
 */
const text = z.string().trim().min(1).max(512);

const simpleSubject = z.discriminatedUnion('format', [
  z.object({ format: z.literal('email'), email: z.string().trim().email().max(320) }),
  z.object({ format: z.literal('iss_sub'), iss: text, sub: text }),
  z.object({ format: z.literal('opaque'), id: text }),
  z.object({ format: z.literal('account'), uri: text.regex(/^acct:/, 'must be an acct: URI') }),
  z.object({ format: z.literal('phone_number'), phone_number: text }),
  z.object({ format: z.literal('did'), url: text.regex(/^did:/, 'must be a did: URL') }),
  z.object({ format: z.literal('uri'), uri: text }),
]);
export type SimpleSubject = z.infer<typeof simpleSubject>;

const complexSubject = z
  .object({
    format: z.literal('complex'),
    user: simpleSubject.optional(),
    device: simpleSubject.optional(),
    session: simpleSubject.optional(),
    application: simpleSubject.optional(),
    tenant: simpleSubject.optional(),
    org_unit: simpleSubject.optional(),
    group: simpleSubject.optional(),
  })
  .strict()
  .refine((s) => Object.keys(s).length > 1, 'a complex subject needs at least one member');

const aliasesSubject = z.object({
  format: z.literal('aliases'),
  identifiers: z.array(simpleSubject).min(1).max(20),
});

/** A subject a receiver names: simple, aliases, or complex (members simple). */
export const subjectSchema = z.union([simpleSubject, aliasesSubject, complexSubject]);
export type Subject = z.infer<typeof subjectSchema>;

/** A stable key for a subject: equal subjects (members in any order) have equal keys. */
export function subjectKey(subject: Subject): string {
  return canonicalJson(subject);
}

/** What Bulwark can say about the identity a SET is about. */
export interface SubjectFacts {
  /** The stream's issuer: `iss_sub` subjects name identities as (issuer, identity id). */
  issuer: string;
  identityId: string;
  email: string;
  /** The tenant's slug: a complex subject's `tenant` member as `opaque`. */
  tenantSlug: string;
}

/** The subject of a SET about an identity: its email (RFC 9493 `email`). */
export function subjectOfIdentity(facts: SubjectFacts): SubjectId {
  return { format: 'email', email: facts.email };
}

function sameSimple(a: SimpleSubject, b: SimpleSubject): boolean {
  if (a.format === 'email' && b.format === 'email')
    return a.email.toLowerCase() === b.email.toLowerCase();
  return canonicalJson(a) === canonicalJson(b);
}

/** The simple subjects an identity is known by here. */
function identityNames(f: SubjectFacts): SimpleSubject[] {
  return [
    { format: 'email', email: f.email },
    { format: 'iss_sub', iss: f.issuer, sub: f.identityId },
    { format: 'opaque', id: f.identityId },
  ];
}

function namesIdentity(s: SimpleSubject, f: SubjectFacts): boolean {
  return identityNames(f).some((n) => sameSimple(n, s));
}

/**
 * Whether a subject a receiver named matches events about an identity, by the SSF subject
 * matching rules: a simple subject must be one of the identity's names; in a complex subject the
 * `user` member must name the identity and the `tenant` member the tenant, while members SETs
 * from here never carry (device, session, …) match anything.
 */
export function subjectMatches(subject: Subject, f: SubjectFacts): boolean {
  if (subject.format === 'aliases') return subject.identifiers.some((s) => namesIdentity(s, f));
  if (subject.format !== 'complex') return namesIdentity(subject, f);
  if (subject.user && !namesIdentity(subject.user, f)) return false;
  if (subject.tenant && !sameSimple(subject.tenant, { format: 'opaque', id: f.tenantSlug }))
    return false;
  return true;
}
