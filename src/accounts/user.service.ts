import type { PersonRole } from '../auth/roles.js';
import { isPersonRole, personRoles } from '../auth/roles.js';
import type { Scope } from '../auth/viewer.js';
import { recordAudit } from '../audit/audit.service.js';
import { AppError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { Db, Queryable } from '../storage/db.js';
import type { Actor } from './actor.js';
import {
  deleteMembership,
  findMembership,
  insertMembership,
  updateMembership,
} from './membership.repository.js';
import { hashPassword, passwordProblem } from './password.js';
import { resolveMembershipSubject } from './subject.js';
import type { Membership, User } from './user.js';
import { emailProblem } from './user.js';
import { findUserByEmail, insertUser } from './user.repository.js';

export interface NewUser {
  email: string;
  name?: string;
  /** Without one, the user signs in only through SSO or an email link. */
  password?: string;
}

/** Creates an installation-wide user; the email must be new. */
export async function createUser(
  db: Db,
  input: NewUser,
  by: Actor,
  now = Date.now(),
): Promise<User> {
  const passwordHash = await checkedPasswordHash(input);
  return db.transaction((tx) => insertNewUser(tx, input, passwordHash, by, now));
}

/** Creates a user and their membership in one tenant together: both or neither. */
export async function createMember(
  db: Db,
  tenantId: string,
  input: NewUser,
  membership: MembershipInput,
  by: Actor,
  now = Date.now(),
): Promise<User> {
  const passwordHash = await checkedPasswordHash(input);
  return db.transaction(async (tx) => {
    const user = await insertNewUser(tx, input, passwordHash, by, now);
    await insertNewMembership(tx, tenantId, user.id, membership, by, now);
    return user;
  });
}

async function checkedPasswordHash(input: NewUser): Promise<string | null> {
  const problems = [
    ...fieldProblem('email', emailProblem(input.email.trim())),
    ...(input.password === undefined
      ? []
      : fieldProblem('password', passwordProblem(input.password))),
  ];
  if (problems.length)
    throw new AppError(
      'VALIDATION_FAILED',
      problems.map((p) => `${p.path}: ${p.message}`).join('; '),
      problems,
    );
  return input.password === undefined ? null : hashPassword(input.password);
}

async function insertNewUser(
  tx: Queryable,
  input: NewUser,
  passwordHash: string | null,
  by: Actor,
  now: number,
): Promise<User> {
  const email = input.email.trim();
  if (await findUserByEmail(tx, email))
    throw new AppError('DUPLICATE_EMAIL', `a user with email ${email} already exists`);
  const user = newUser(email, input.name ?? null, passwordHash, now);
  await insertUser(tx, user);
  await recordAudit(tx, null, { ...by, action: 'user.created', target: `user:${user.id}` }, now);
  return user;
}

function newUser(
  email: string,
  name: string | null,
  passwordHash: string | null,
  now: number,
): User {
  return {
    id: newId(),
    email,
    name,
    passwordHash,
    totpSecret: null,
    totpPendingSecret: null,
    totpLastStep: null,
    disabledAt: null,
    createdAt: now,
    updatedAt: now,
  };
}

function fieldProblem(path: string, message: string | undefined) {
  return message ? [{ path, message }] : [];
}

export interface MembershipInput {
  role: string;
  /** Email or id of the directory identity, for managers and employees. */
  subject?: string;
  scope?: Scope;
}

export function checkPersonRole(role: string): PersonRole {
  if (isPersonRole(role)) return role;
  const message = `must be one of ${personRoles.join(', ')}; got "${role}"`;
  throw new AppError('VALIDATION_FAILED', `role: ${message}`, [{ path: 'role', message }]);
}

/** Gives a user a role in a tenant; fails with CONFLICT when they already have one there. */
export async function addMembership(
  db: Db,
  tenantId: string,
  userId: string,
  input: MembershipInput,
  by: Actor,
  now = Date.now(),
): Promise<Membership> {
  return db.transaction((tx) => insertNewMembership(tx, tenantId, userId, input, by, now));
}

async function insertNewMembership(
  tx: Queryable,
  tenantId: string,
  userId: string,
  input: MembershipInput,
  by: Actor,
  now: number,
): Promise<Membership> {
  const role = checkPersonRole(input.role);
  if (await findMembership(tx, tenantId, userId))
    throw new AppError('CONFLICT', 'the user is already a member of this tenant');
  const membership: Membership = {
    tenantId,
    userId,
    role,
    scope: input.scope ?? {},
    subjectId: await resolveMembershipSubject(tx, tenantId, role, input.subject),
    createdAt: now,
    updatedAt: now,
  };
  await insertMembership(tx, membership);
  await auditMembership(tx, 'membership.added', membership, by, now);
  return membership;
}

/** Changes a member's role, scope or identity link. */
export async function changeMembership(
  db: Db,
  tenantId: string,
  userId: string,
  input: MembershipInput,
  by: Actor,
  now = Date.now(),
): Promise<Membership> {
  const role = checkPersonRole(input.role);
  return db.transaction(async (tx) => {
    const current = await findMembership(tx, tenantId, userId);
    if (!current) throw new AppError('USER_NOT_FOUND', `no user ${userId} in this tenant`);
    const membership: Membership = {
      ...current,
      role,
      scope: input.scope ?? {},
      subjectId: await resolveMembershipSubject(tx, tenantId, role, input.subject),
      updatedAt: now,
    };
    await updateMembership(tx, membership);
    await auditMembership(tx, 'membership.changed', membership, by, now, current.role);
    return membership;
  });
}

/** Removes a user from a tenant; their sessions in it stop working at the next request. */
export async function removeMembership(
  db: Db,
  tenantId: string,
  userId: string,
  by: Actor,
  now = Date.now(),
): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await findMembership(tx, tenantId, userId);
    if (!current || !(await deleteMembership(tx, tenantId, userId)))
      throw new AppError('USER_NOT_FOUND', `no user ${userId} in this tenant`);
    await auditMembership(tx, 'membership.removed', current, by, now);
  });
}

function auditMembership(
  tx: Queryable,
  action: 'membership.added' | 'membership.changed' | 'membership.removed',
  m: Membership,
  by: Actor,
  now: number,
  previousRole?: PersonRole,
) {
  const details = {
    role: m.role,
    scope: m.scope,
    subjectId: m.subjectId,
    ...(previousRole ? { previousRole } : {}),
  };
  return recordAudit(tx, m.tenantId, { ...by, action, target: `user:${m.userId}`, details }, now);
}
