import type { Dialect } from '../db.js';

/** Column types spelled for each engine, so that one migration text serves both. */
export interface SqlTypes {
  /** An auto-incrementing 64-bit primary key. */
  serialPk: string;
  bigint: string;
  text: string;
  real: string;
}

export function sqlTypes(dialect: Dialect): SqlTypes {
  return dialect === 'sqlite'
    ? {
        serialPk: 'INTEGER PRIMARY KEY AUTOINCREMENT',
        bigint: 'INTEGER',
        text: 'TEXT',
        real: 'REAL',
      }
    : {
        serialPk: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
        bigint: 'BIGINT',
        text: 'TEXT',
        real: 'DOUBLE PRECISION',
      };
}

export interface Migration {
  version: number;
  name: string;
  /** SQL statements, run in order inside one transaction. */
  up(types: SqlTypes, dialect: Dialect): string[];
}
