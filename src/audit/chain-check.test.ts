import { describe, expect, it } from 'vitest';
import type { AuditRecord } from './audit.js';
import { GENESIS_HASH, sealNext } from './audit.js';
import { csvCell } from './audit.export.js';
import { checkHead, checkLink } from './chain-check.js';

function chain(n: number): AuditRecord[] {
  const rows: AuditRecord[] = [];
  for (let i = 0; i < n; i++)
    rows.push(sealNext('t', rows.at(-1), { action: 'auth.login', actor: `user:${i}` }, 1000 + i));
  return rows;
}

function firstBreak(rows: AuditRecord[]) {
  let previous: AuditRecord | undefined;
  for (const row of rows) {
    const broken = checkLink(previous, row);
    if (broken) return broken;
    previous = row;
  }
  return undefined;
}

describe('hash chain', () => {
  it('starts from the genesis hash and links every row to the one before', () => {
    const rows = chain(3);
    expect(rows[0]?.prevHash).toBe(GENESIS_HASH);
    expect(rows[1]?.prevHash).toBe(rows[0]?.hash);
    expect(firstBreak(rows)).toBeUndefined();
  });

  it('finds an edit in any field', () => {
    for (const field of ['actor', 'action', 'target', 'ip', 'details'] as const) {
      const rows = chain(3);
      const row = rows[1];
      if (row) row[field] = 'changed';
      expect(firstBreak(rows), field).toMatchObject({ seq: 2, kind: 'edited' });
    }
    const rows = chain(3);
    if (rows[1]) rows[1].at += 1;
    expect(firstBreak(rows)).toMatchObject({ seq: 2, kind: 'edited' });
  });

  it('finds a deleted row, a swapped pair and a cut tail', () => {
    const rows = chain(5);
    expect(firstBreak(rows.filter((r) => r.seq !== 3))).toMatchObject({ seq: 4, kind: 'deleted' });
    const [a, b, c, d, e] = rows;
    if (!a || !b || !c || !d || !e) throw new Error('five rows');
    expect(firstBreak([a, c, b, d, e])).toMatchObject({ seq: 3, kind: 'deleted' });
    expect(checkHead('t', { seq: 3, hash: c.hash }, { seq: 5, hash: e.hash })).toMatchObject({
      kind: 'truncated',
      seq: 4,
    });
    expect(checkHead('t', { seq: 5, hash: e.hash }, { seq: 5, hash: e.hash })).toBeUndefined();
    expect(checkHead('t', { seq: 5, hash: e.hash }, undefined)).toMatchObject({
      kind: 'head-mismatch',
    });
  });

  it('finds a row replaced by one sealed on a different chain position', () => {
    const rows = chain(3);
    const forged = sealNext(
      't',
      { seq: 1, hash: 'f'.repeat(64) },
      { action: 'auth.logout', actor: 'x' },
      5,
    );
    expect(firstBreak([rows[0] as AuditRecord, forged, rows[2] as AuditRecord])).toMatchObject({
      seq: 2,
      kind: 'reordered',
    });
  });
});

describe('CSV export cells', () => {
  it('quotes separators and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(-1)).toBe("'-1");
  });
});
