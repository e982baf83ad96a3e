import path from 'node:path';

export type DatabaseTarget =
  | { dialect: 'sqlite'; file: string; url: string }
  | { dialect: 'postgres'; connectionString: string; url: string };

export const DEFAULT_DATABASE_URL = 'sqlite:./data/bulwark.db';

/**
 * Parses a database URL: `sqlite:PATH` (or `sqlite::memory:`) or `postgres://…`/`postgresql://…`.
 * Returns an error message instead of throwing so that configuration can report every problem.
 */
export function parseDatabaseUrl(url: string): DatabaseTarget | string {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (file === '') return 'sqlite URL needs a path, e.g. sqlite:./data/bulwark.db';
    if (file === ':memory:') return { dialect: 'sqlite', file, url };
    return { dialect: 'sqlite', file: path.resolve(file), url };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      new URL(url);
    } catch {
      return `not a valid PostgreSQL URL: ${redactUrl(url)}`;
    }
    return { dialect: 'postgres', connectionString: url, url };
  }
  return `unsupported database URL "${redactUrl(url)}": use sqlite:PATH or postgres://…`;
}

/** Hides a password in a URL so that it can be logged or shown. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
