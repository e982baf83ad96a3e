import { parseCohortDefinition } from '../risk/index.js';
import { AppError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { Db } from '../storage/db.js';
import {
  deleteCohort,
  findCohort,
  findCohortByName,
  saveCohort,
  type Cohort,
} from './cohort.repository.js';
import { modelFor } from './model.service.js';

export interface CohortInput {
  name: string;
  description?: string | null;
  /** `{"rule": …}` (dynamic) or `{"members": [identity ids]}` (static). */
  definition: unknown;
}

/**
 * Checks a definition against the tenant's catalogue; throws VALIDATION_FAILED listing every
 * problem with its path (`cohort.rule.all[2].behaviour`) before anything is stored.
 */
async function checked(
  db: Db,
  tenantId: string,
  definition: unknown,
): Promise<'dynamic' | 'static'> {
  const model = await modelFor(db, tenantId);
  return parseCohortDefinition(definition, model.indexOf).kind;
}

function checkName(name: string): void {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 200)
    throw new AppError('VALIDATION_FAILED', 'name: must be 1–200 characters', [
      { path: 'name', message: 'must be 1–200 characters' },
    ]);
}

async function checkUnique(db: Db, tenantId: string, name: string, id?: string): Promise<void> {
  const other = await findCohortByName(db, tenantId, name.trim());
  if (other && other.id !== id)
    throw new AppError('CONFLICT', `name: a cohort "${other.name}" already exists`, [
      { path: 'name', message: 'is taken' },
    ]);
}

/** Creates a cohort; its members appear at the next scoring run. */
export async function createCohort(
  db: Db,
  tenantId: string,
  input: CohortInput,
  now: number,
): Promise<Cohort> {
  checkName(input.name);
  const kind = await checked(db, tenantId, input.definition);
  await checkUnique(db, tenantId, input.name);
  const cohort: Cohort = {
    id: newId(),
    name: input.name.trim(),
    description: input.description ?? null,
    kind,
    definition: input.definition,
    builtin: false,
    createdAt: now,
    updatedAt: now,
    evaluatedAt: null,
  };
  await db.transaction((tx) => saveCohort(tx, tenantId, cohort));
  return cohort;
}

/** Changes a cohort's name, description or definition; built-in cohorts cannot be changed. */
export async function updateCohort(
  db: Db,
  tenantId: string,
  id: string,
  input: Partial<CohortInput>,
  now: number,
): Promise<Cohort> {
  const cohort = await findCohort(db, tenantId, id);
  if (!cohort) throw new AppError('NOT_FOUND', `no cohort ${id}`);
  if (cohort.builtin) throw new AppError('CONFLICT', 'built-in cohorts cannot be changed');
  if (input.name !== undefined) checkName(input.name);
  const kind =
    input.definition === undefined ? cohort.kind : await checked(db, tenantId, input.definition);
  if (input.name !== undefined) await checkUnique(db, tenantId, input.name, id);
  const next: Cohort = {
    ...cohort,
    name: input.name?.trim() ?? cohort.name,
    description: input.description === undefined ? cohort.description : input.description,
    kind,
    definition: input.definition ?? cohort.definition,
    updatedAt: now,
  };
  await db.transaction((tx) => saveCohort(tx, tenantId, next));
  return next;
}

export async function removeCohort(db: Db, tenantId: string, id: string): Promise<void> {
  const cohort = await findCohort(db, tenantId, id);
  if (!cohort) throw new AppError('NOT_FOUND', `no cohort ${id}`);
  if (cohort.builtin) throw new AppError('CONFLICT', 'built-in cohorts cannot be removed');
  await db.transaction((tx) => deleteCohort(tx, tenantId, id));
}
