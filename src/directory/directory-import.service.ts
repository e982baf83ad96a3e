import type { FieldProblem } from '../shared/errors.js';
import { AppError } from '../shared/errors.js';
import type { Db, Queryable } from '../storage/db.js';
import { headerProblems, parseDirectoryRow } from './directory-csv.js';
import type { IdentityInput } from './identity.js';
import type { IdentityKey } from './identity.repository.js';
import { findIdentity, listIdentityKeys, markLeft, setLinks } from './identity.repository.js';
import { applyIdentityInput, inputHash } from './identity.service.js';

/** One row of a directory file, with the header it was read under. */
export interface DirectoryRecord {
  line: number;
  header: readonly string[];
  values: Readonly<Record<string, string | undefined>>;
}

export interface ImportOptions {
  /** Mark active people who are missing from this (full) import as leavers. */
  markLeavers?: boolean;
  source?: string;
  now?: number;
  onRow?: (processed: number) => void;
}

export interface RowIssue {
  line: number;
  email?: string;
  problems: FieldProblem[];
}

export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  leavers: number;
  linkedEvents: number;
  errors: RowIssue[];
  warnings: RowIssue[];
}

const BATCH = 500;

interface Pending {
  line: number;
  input: IdentityInput;
}

/**
 * Imports directory rows. Valid rows are created or updated (unchanged rows are left alone), every
 * invalid row is reported with its line and reasons while the others are imported, and manager and
 * owner links are resolved once every row is known.
 */
export async function importDirectory(
  db: Db,
  tenantId: string,
  records: AsyncIterable<DirectoryRecord>,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const now = options.now ?? Date.now();
  const source = options.source ?? 'csv';
  const report: ImportReport = {
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    leavers: 0,
    linkedEvents: 0,
    errors: [],
    warnings: [],
  };
  const known = new Map((await listIdentityKeys(db, tenantId)).map((k) => [k.email_lc, k]));
  const seen = new Map<string, number>();
  const toLink: Pending[] = [];
  let batch: Pending[] = [];
  let headerChecked = false;

  for await (const record of records) {
    if (!headerChecked) {
      const problems = headerProblems(record.header);
      if (problems.length > 0)
        throw new AppError(
          'VALIDATION_FAILED',
          `line 1: ${problems.join('; ')}`,
          problems.map((message) => ({ path: 'line 1', message })),
        );
      headerChecked = true;
    }
    report.rows++;
    const pending = checkRow(record, seen, report);
    if (pending) batch.push(pending);
    if (batch.length >= BATCH) {
      await writeBatch(db, tenantId, batch, known, toLink, report, source, now);
      batch = [];
    }
    options.onRow?.(report.rows);
  }
  await writeBatch(db, tenantId, batch, known, toLink, report, source, now);
  await resolveLinks(db, tenantId, toLink, report);
  if (options.markLeavers) report.leavers = await markLeavers(db, tenantId, known, seen, now);
  return report;
}

function checkRow(
  record: DirectoryRecord,
  seen: Map<string, number>,
  report: ImportReport,
): Pending | undefined {
  const email = record.values.email?.trim();
  const emailLc = email?.toLowerCase();
  const firstLine = emailLc ? seen.get(emailLc) : undefined;
  if (emailLc && firstLine === undefined) seen.set(emailLc, record.line);
  const result = parseDirectoryRow(record.values);
  const problems = result.ok ? [] : result.problems;
  if (firstLine !== undefined)
    problems.push({ path: 'email', message: `duplicate of line ${firstLine}` });
  if (result.ok && problems.length === 0) return { line: record.line, input: result.input };
  report.rejected++;
  report.errors.push({ line: record.line, ...(email ? { email } : {}), problems });
  return undefined;
}

async function writeBatch(
  db: Db,
  tenantId: string,
  batch: Pending[],
  known: Map<string, IdentityKey>,
  toLink: Pending[],
  report: ImportReport,
  source: string,
  now: number,
): Promise<void> {
  if (batch.length === 0) return;
  await db.transaction(async (tx) => {
    for (const pending of batch)
      await writeRow(tx, tenantId, pending, known, toLink, report, source, now);
  });
}

async function writeRow(
  tx: Queryable,
  tenantId: string,
  pending: Pending,
  known: Map<string, IdentityKey>,
  toLink: Pending[],
  report: ImportReport,
  source: string,
  now: number,
): Promise<void> {
  const emailLc = pending.input.email.toLowerCase();
  const key = known.get(emailLc);
  const hash = inputHash(pending.input);
  if (key && key.content_hash === hash && key.active === 1) {
    report.unchanged++;
    return;
  }
  const existing = key ? await findIdentity(tx, tenantId, key.id) : undefined;
  const saved = await applyIdentityInput(tx, tenantId, pending.input, existing, source, now);
  known.set(emailLc, {
    id: saved.identity.id,
    email_lc: emailLc,
    content_hash: hash,
    active: 1,
    kind: saved.identity.kind,
  });
  report.linkedEvents += saved.linkedEvents;
  if (saved.created) report.created++;
  else report.updated++;
  toLink.push(pending);
}

async function resolveLinks(
  db: Db,
  tenantId: string,
  toLink: Pending[],
  report: ImportReport,
): Promise<void> {
  if (toLink.length === 0) return;
  const ids = new Map((await listIdentityKeys(db, tenantId)).map((k) => [k.email_lc, k.id]));
  for (let i = 0; i < toLink.length; i += BATCH) {
    await db.transaction(async (tx) => {
      for (const { line, input } of toLink.slice(i, i + BATCH)) {
        const managerId = linkId(ids, input.managerEmail, 'manager_email', line, report);
        const ownerId = linkId(ids, input.ownerEmail, 'owner_email', line, report);
        const selfId = ids.get(input.email.toLowerCase());
        if (selfId) await setLinks(tx, tenantId, selfId, { managerId, ownerId });
      }
    });
  }
}

function linkId(
  ids: Map<string, string>,
  email: string | null | undefined,
  path: string,
  line: number,
  report: ImportReport,
): string | null {
  if (!email) return null;
  const id = ids.get(email.toLowerCase());
  if (!id)
    report.warnings.push({
      line,
      problems: [{ path, message: `${email} is not in the directory; the link is left empty` }],
    });
  return id ?? null;
}

async function markLeavers(
  db: Db,
  tenantId: string,
  known: Map<string, IdentityKey>,
  seen: Map<string, number>,
  now: number,
): Promise<number> {
  const leavers = [...known.values()]
    .filter((k) => k.active === 1 && k.kind === 'person' && !seen.has(k.email_lc))
    .map((k) => k.id);
  await db.transaction((tx) => markLeft(tx, tenantId, leavers, now));
  return leavers.length;
}
