import type { Options } from '@node-rs/argon2';
import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with 19 MiB of memory, 2 passes and 1 lane: the library's defaults, which are the
 * minimum the OWASP Password Storage Cheat Sheet gives for argon2id (cited from memory).
 */
// `Algorithm.Argon2id` is an ambient const enum, which isolated modules cannot read.
const ARGON2ID = 2;
const options: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

/** Why a new password is not acceptable, or undefined. Length is what matters (no composition rules). */
export function passwordProblem(password: string): string | undefined {
  if (password.length < PASSWORD_MIN) return `must be at least ${PASSWORD_MIN} characters`;
  if (password.length > PASSWORD_MAX) return `must be at most ${PASSWORD_MAX} characters`;
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

let dummy: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. Without a hash (unknown account, or one that signs in
 * only through SSO) it still spends the time of one check, so that the answer's timing does not
 * tell whether the account exists.
 */
export async function checkPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    dummy ??= hashPassword('bulwark timing equaliser');
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
