import type { AuditRecord } from './audit.js';

export const exportFormats = ['csv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

const columns = [
  'tenant',
  'seq',
  'at',
  'actor',
  'ip',
  'action',
  'target',
  'details',
  'prev_hash',
  'hash',
] as const;

/** A row as exported: times in ISO 8601 UTC, the rest exactly as stored and hashed. */
export function exportRow(record: AuditRecord): Record<(typeof columns)[number], string | number> {
  return {
    tenant: record.chain,
    seq: record.seq,
    at: new Date(record.at).toISOString(),
    actor: record.actor,
    ip: record.ip ?? '',
    action: record.action,
    target: record.target ?? '',
    details: record.details,
    prev_hash: record.prevHash,
    hash: record.hash,
  };
}

/**
 * Quotes a CSV cell. A cell that a spreadsheet would run as a formula gets a leading apostrophe
 * (OWASP "CSV injection"), so the JSON export is the one to re-verify a chain from.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The export as chunks of text: CSV with a header line, or a JSON array of rows. */
export async function* exportChunks(
  records: AsyncIterable<AuditRecord>,
  format: ExportFormat,
): AsyncGenerator<string> {
  if (format === 'csv') {
    yield `${columns.join(',')}\n`;
    for await (const r of records) {
      const row = exportRow(r);
      yield `${columns.map((c) => csvCell(row[c])).join(',')}\n`;
    }
    return;
  }
  let first = true;
  yield '[';
  for await (const r of records) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(exportRow(r))}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}
