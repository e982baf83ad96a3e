/**
 * The query layer: one small interface that repositories use on both SQLite and PostgreSQL.
 *
 * SQL is written once with `?` placeholders; the PostgreSQL adapter numbers them. Portable
 * conventions keep the same statements valid on both engines: times are integer milliseconds
 * since the epoch, booleans are 0/1 integers, JSON is stored as text.
 */
export type Dialect = 'sqlite' | 'postgres';

export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

export interface Queryable {
  readonly dialect: Dialect;
  all<T extends Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T extends Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs a statement and returns the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * Inserts many rows into one table in as few round trips as the engine allows and returns how
   * many were inserted. With `onConflictDoNothing`, rows that hit a unique constraint are skipped
   * and not counted.
   */
  insertMany(
    table: string,
    columns: readonly string[],
    rows: readonly SqlValue[][],
    options?: InsertManyOptions,
  ): Promise<number>;
}

export interface InsertManyOptions {
  /** Columns of the unique constraint to skip on; rows that conflict are not counted. */
  onConflictDoNothing?: readonly string[];
  /**
   * Columns of the unique constraint to upsert on: a row that conflicts replaces the other
   * columns of the stored one, and counts. A batch must not name the same key twice.
   */
  onConflictUpdate?: readonly string[];
}

/** The `ON CONFLICT` clause of an insert of `columns` with these options (same on both engines). */
export function conflictClause(columns: readonly string[], options: InsertManyOptions): string {
  if (options.onConflictDoNothing)
    return ` ON CONFLICT (${options.onConflictDoNothing.join(', ')}) DO NOTHING`;
  const key = options.onConflictUpdate;
  if (!key) return '';
  const set = columns.filter((c) => !key.includes(c)).map((c) => `${c} = excluded.${c}`);
  return ` ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${set.join(', ')}`;
}

export interface Db extends Queryable {
  /** Runs `work` in one transaction; it commits when `work` resolves and rolls back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs several statements of DDL (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  readonly url: string;
}

/** Numbers `?` placeholders as `$1, $2, …` for PostgreSQL. Placeholders never appear in literals here. */
export function toPostgresPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
