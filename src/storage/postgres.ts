import pg from 'pg';
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

  /** One `INSERT … SELECT * FROM unnest(…)` per call: a round trip for the whole batch. */
  async insertMany(
    table: string,
    columns: readonly string[],
    rows: readonly SqlValue[][],
    options: InsertManyOptions = {},
  ): Promise<number> {
    if (rows.length === 0) return 0;
    const types = await this.columnTypes.of(this.client, table, columns);
    const arrays = columns.map((_, c) => rows.map((row) => row[c] ?? null));
    const unnest = types.map((type, i) => `$${i + 1}::${type}[]`).join(', ');
    const conflict = conflictClause(columns, options);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${unnest})${conflict}`;
    const result = await this.client.query(sql, arrays);
    return result.rowCount ?? 0;
  }
}

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
      const result = await work(new PgQueryable(client, this.types));
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
