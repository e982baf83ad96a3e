import { createAppContext } from '../app/app-context.js';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../logging/logger.js';
import { openDatabase } from '../storage/open.js';
import { buildServer } from './server.js';

/** The OpenAPI document of the API as the server builds it, with stable key order for diffs. */
export async function generateOpenApi(): Promise<string> {
  const db = await openDatabase('sqlite::memory:');
  try {
    const app = await buildServer(createAppContext(db, loadConfig({}), createLogger('silent')));
    const document = app.swagger();
    await app.close();
    return `${JSON.stringify(document, null, 2)}\n`;
  } finally {
    await db.close();
  }
}
