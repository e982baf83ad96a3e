import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  conflictClause,
  type Db,
  type InsertManyOptions,
  type Queryable,
  type Row,
  type SqlValue,
} from './db.js';
import { Mutex } from './mutex.js';

type Statement = Database.Statement<unknown[]>;

class SqliteQueryable implements Queryable {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly conn: Database.Database) {}

  private prepare(sql: string): Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.conn.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  all<T extends Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return Promise.resolve(this.prepare(sql).all(...params) as T[]);
  }

  get<T extends Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return Promise.resolve(this.prepare(sql).get(...params) as T | undefined);
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    const stmt = this.prepare(sql);
    if (stmt.reader) return Promise.resolve(stmt.all(...params).length);
    return Promise.resolve(stmt.run(...params).changes);
  }

  /**
   * One prepared single-row statement run per row: with better-sqlite3 this is faster than
   * multi-row statements, whose many bound parameters cost more than the calls they save.
   */
  insertMany(
    table: string,
    columns: readonly string[],
    rows: readonly SqlValue[][],
    options: InsertManyOptions = {},
  ): Promise<number> {
    const tail = conflictClause(columns, options);
    const stmt = this.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})${tail}`,
    );
    let inserted = 0;
    for (const row of rows) inserted += stmt.run(row).changes;
    return Promise.resolve(inserted);
  }
}

/**
 * SQLite through better-sqlite3: one connection in WAL mode. Transactions are serialised by a
 * mutex because work inside them may await, and commits use synchronous=FULL so that an
 * acknowledged batch survives a crash or power loss.
 */
export class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  private readonly lock = new Mutex();
  private readonly conn: Database.Database;
  private readonly inner: SqliteQueryable;

  constructor(
    readonly url: string,
    file: string,
  ) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    this.conn = new Database(file);
    this.conn.pragma('journal_mode = WAL');
    this.conn.pragma('synchronous = FULL');
    this.conn.pragma('foreign_keys = ON');
    this.conn.pragma('busy_timeout = 5000');
    // A larger page cache keeps the event indexes in memory during ingest (default is 2 MiB).
    this.conn.pragma('cache_size = -65536');
    // Checkpoint the WAL every ~40 MB rather than 4 MB: fewer fsyncs of the database file during
    // ingest, at the cost of a larger WAL between checkpoints.
    this.conn.pragma('wal_autocheckpoint = 10000');
    this.inner = new SqliteQueryable(this.conn);
  }

  all<T extends Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.inner.all<T>(sql, params);
  }

  get<T extends Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return this.inner.get<T>(sql, params);
  }

  /** Writes outside a transaction wait for any open one, so they never join it by accident. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.lock.run(() => this.inner.run(sql, params));
  }

  insertMany(
    table: string,
    columns: readonly string[],
    rows: readonly SqlValue[][],
    options?: InsertManyOptions,
  ): Promise<number> {
    return this.transaction((tx) => tx.insertMany(table, columns, rows, options));
  }

  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.lock.run(async () => {
      this.conn.prepare('BEGIN IMMEDIATE').run();
      try {
        const result = await work(this.inner);
        this.conn.prepare('COMMIT').run();
        return result;
      } catch (error) {
        if (this.conn.inTransaction) this.conn.prepare('ROLLBACK').run();
        throw error;
      }
    });
  }

  exec(sql: string): Promise<void> {
    this.conn.exec(sql);
    return Promise.resolve();
  }

  /** The raw driver, for benchmarks that measure a bare baseline. */
  get driver(): Database.Database {
    return this.conn;
  }

  close(): Promise<void> {
    return this.lock.run(() => {
      if (this.conn.open) this.conn.close();
      return Promise.resolve();
    });
  }
}
