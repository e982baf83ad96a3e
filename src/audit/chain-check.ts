import type { AuditRecord } from './audit.js';
import { GENESIS_HASH, hashRecord } from './audit.js';

/** The first thing wrong with a chain, said so that an operator knows where to look. */
export interface ChainBreak {
  chain: string;
  /** The row where the chain stops holding together. */
  seq: number;
  kind: 'edited' | 'deleted' | 'reordered' | 'truncated' | 'head-mismatch';
  message: string;
}

interface Link {
  seq: number;
  hash: string;
}

/**
 * Checks one row against the row before it (undefined for the first row). A gap in `seq` means
 * rows were deleted; a `prev_hash` that does not match means rows were moved or replaced; a hash
 * that does not match the row's own content means the row was edited.
 */
export function checkLink(previous: Link | undefined, row: AuditRecord): ChainBreak | undefined {
  const expectedSeq = (previous?.seq ?? 0) + 1;
  const at = (kind: ChainBreak['kind'], message: string): ChainBreak => ({
    chain: row.chain,
    seq: row.seq,
    kind,
    message,
  });
  if (row.seq > expectedSeq)
    return at(
      'deleted',
      `${rowsText(expectedSeq, row.seq - 1)} missing before row ${row.seq}: deleted`,
    );
  if (row.seq < expectedSeq)
    return at('reordered', `row ${row.seq} appears after row ${previous?.seq ?? 0}`);
  if (row.prevHash !== (previous?.hash ?? GENESIS_HASH))
    return at(
      'reordered',
      `row ${row.seq} does not follow row ${expectedSeq - 1}: rows were replaced or reordered`,
    );
  if (hashRecord(row) !== row.hash)
    return at('edited', `row ${row.seq} was edited: its content no longer matches its hash`);
  return undefined;
}

/** Checks the last row against the head written with every append, catching a cut tail. */
export function checkHead(
  chain: string,
  last: Link | undefined,
  head: Link | undefined,
): ChainBreak | undefined {
  const lastSeq = last?.seq ?? 0;
  if (!head)
    return lastSeq === 0
      ? undefined
      : { chain, seq: lastSeq, kind: 'head-mismatch', message: 'the chain head is missing' };
  if (head.seq > lastSeq)
    return {
      chain,
      seq: lastSeq + 1,
      kind: 'truncated',
      message: `${rowsText(lastSeq + 1, head.seq)} missing at the end: deleted`,
    };
  if (head.seq < lastSeq || head.hash !== last?.hash)
    return {
      chain,
      seq: head.seq,
      kind: 'head-mismatch',
      message: `the chain head (row ${head.seq}) does not match the last row (${lastSeq})`,
    };
  return undefined;
}

function rowsText(from: number, to: number): string {
  return from === to ? `row ${from} is` : `rows ${from}–${to} are`;
}
