import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  conflictClause,
  toPostgresPlaceholders,
  type Db,
  type InsertManyOptions,
  type Queryable,
  type Row,
  type SqlValue,
} from './db.js';

// int8 (counts, epoch milliseconds) and numeric arrive as strings by default; every such value
// Bulwark stores fits in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

type Client = pg.Pool | pg.PoolClient;

class PgQueryable implements Queryable {
  readonly dialect = 'postgres' as const;

  constructor(
    protected readonly client: Client,
    private readonly columnTypes: ColumnTypes,
    private readonly inTransaction = false,
  ) {}

  async all<T extends Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const result = await this.client.query<T>(toPostgresPlaceholders(sql), params as SqlValue[]);
    return result.rows;
  }

  async get<T extends Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    const rows = await this.all<T>(sql, params);
    return rows[0];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    const result = await this.client.query(toPostgresPlaceholders(sql), params as SqlValue[]);
    return result.rowCount ?? 0;
  }

  /**
   * Small batches, and upserts, take one `INSERT … SELECT * FROM unnest(…)`: a round trip for the
   * whole batch. Inside a transaction, a batch of at least `COPY_MIN_ROWS` rows that only inserts
   * goes through COPY, which is about 1.5 times as fast here (measured: 500,000 events into the
   * events table with its indexes in batches of 20,000, 49,000 rows/s through unnest and 81,000
   * through COPY). COPY has no ON CONFLICT, so a batch that may meet rows already stored is tried
   * optimistically under a savepoint: if a row breaks a unique constraint, the savepoint is rolled
   * back and the batch goes through unnest with `ON CONFLICT DO NOTHING` instead. A batch of new
   * events, the usual case, is stored at COPY's speed; a batch holding a duplicate is written once
   * more (a re-sent file meets its first duplicate at its first row, so the wasted work is small).
   */
  async insertMany(
    table: string,
    columns: readonly string[],
    rows: readonly SqlValue[][],
    options: InsertManyOptions = {},
  ): Promise<number> {
    if (rows.length === 0) return 0;
    if (!this.inTransaction || rows.length < COPY_MIN_ROWS || options.onConflictUpdate)
      return this.insertUnnest(table, columns, rows, options);
    if (!options.onConflictDoNothing) {
      await this.copy(table, columns, rows);
      return rows.length;
    }
    await this.client.query('SAVEPOINT bulwark_copy');
    try {
      await this.copy(table, columns, rows);
      await this.client.query('RELEASE SAVEPOINT bulwark_copy');
      return rows.length;
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      await this.client.query('ROLLBACK TO SAVEPOINT bulwark_copy');
      await this.client.query('RELEASE SAVEPOINT bulwark_copy');
      return this.insertUnnest(table, columns, rows, options);
    }
  }

  private async insertUnnest(
    table: string,
    columns: readonly string[],
    rows: readonly SqlValue[][],
    options: InsertManyOptions,
  ): Promise<number> {
    const types = await this.columnTypes.of(this.client, table, columns);
    const arrays = columns.map((_, c) => rows.map((row) => row[c] ?? null));
    const unnest = types.map((type, i) => `$${i + 1}::${type}[]`).join(', ');
    const conflict = conflictClause(columns, options);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${unnest})${conflict}`;
    const result = await this.client.query(sql, arrays);
    return result.rowCount ?? 0;
  }

  /** Streams rows into `table` with COPY in text format, a thousand rows a chunk. */
  private async copy(
    table: string,
    columns: readonly string[],
    rows: readonly SqlValue[][],
  ): Promise<void> {
    const sql = `COPY ${table} (${columns.join(', ')}) FROM STDIN`;
    await pipeline(Readable.from(copyChunks(rows)), this.client.query(copyFrom(sql)));
  }
}

/** Fewest rows for which COPY is worth its extra round trips (savepoint, COPY, release). */
const COPY_MIN_ROWS = 500;
const UNIQUE_VIOLATION = '23505';

function* copyChunks(rows: readonly SqlValue[][]): Generator<string> {
  for (let i = 0; i < rows.length; i += 1000) {
    let chunk = '';
    for (const row of rows.slice(i, i + 1000)) chunk += `${row.map(copyValue).join('\t')}\n`;
    yield chunk;
  }
}

/** One value in COPY's text format: `\N` for null; backslash, tab, newline and CR escaped. */
function copyValue(value: SqlValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return value.replace(COPY_SPECIAL, escapeCopy);
}

const COPY_SPECIAL = /[\\\t\n\r]/g;
const COPY_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};
const escapeCopy = (c: string): string => COPY_ESCAPES[c] ?? c;

/** Looks up, once per table, the SQL types that `unnest` needs to cast its arrays to. */
class ColumnTypes {
  private readonly cache = new Map<string, Map<string, string>>();

  async of(client: Client, table: string, columns: readonly string[]): Promise<string[]> {
    let byColumn = this.cache.get(table);
    if (!byColumn) {
      const result = await client.query<{ column_name: string; udt_name: string }>(
        `SELECT column_name, udt_name FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = $1`,
        [table],
      );
      byColumn = new Map(result.rows.map((r) => [r.column_name, r.udt_name]));
      this.cache.set(table, byColumn);
    }
    return columns.map((column) => {
      const type = byColumn.get(column);
      if (!type) throw new Error(`unknown column ${table}.${column}`);
      return type;
    });
  }
}

/** PostgreSQL through a pg connection pool. */
export class PostgresDb extends PgQueryable implements Db {
  private readonly pool: pg.Pool;
  private readonly types: ColumnTypes;

  constructor(
    readonly url: string,
    connectionString: string,
  ) {
    const types = new ColumnTypes();
    const pool = new pg.Pool({ connectionString, max: 10 });
    // An idle connection the server closes (restart, failover, a dropped database) is reported
    // here; without a listener it would crash the process. The pool replaces the connection.
    pool.on('error', () => undefined);
    super(pool, types);
    this.pool = pool;
    this.types = types;
  }

  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(new PgQueryable(client, this.types, true));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  /** The raw pool, for benchmarks that measure a bare baseline. */
  get driver(): pg.Pool {
    return this.pool;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
