import type { SqlValue } from './db.js';

/** Builds a WHERE clause from conditions and their parameters, in order. */
export class Conditions {
  private readonly parts: string[] = [];
  readonly params: SqlValue[] = [];

  add(sql: string, ...values: SqlValue[]): this {
    this.parts.push(sql);
    this.params.push(...values);
    return this;
  }

  /** Adds the condition only when `value` is defined. */
  addIf(value: SqlValue | undefined, sql: string): this {
    return value === undefined ? this : this.add(sql, value);
  }

  get sql(): string {
    return this.parts.length ? this.parts.join(' AND ') : '1 = 1';
  }
}
