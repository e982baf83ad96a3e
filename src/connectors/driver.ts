import type { z } from 'zod';
import type { PersonFacts } from '../directory/alias-learning.service.js';
import type { ApiSession } from '../outbound/api-session.js';
import type { OutboundClient } from '../outbound/http-client.js';
import type { Authenticator } from '../outbound/oauth2.js';
import type { RetryPolicy } from '../outbound/retry.js';
import type { RetryEnv } from '../outbound/retrying.js';
import type { ConnectorKind } from './connector.js';

/** What a driver needs to build its authenticator (an OAuth token client uses the same client). */
export interface AuthTools {
  client: OutboundClient;
  retry: RetryPolicy;
  env: RetryEnv;
}

/** What a run gives a driver: its settings and credentials, an API session, and where data goes. */
export interface PullContext<S, C> {
  settings: S;
  credentials: C;
  /** The cursor the last run saved, as stored (the driver checks its shape), or null. */
  cursor: unknown;
  api: ApiSession;
  now(): number;
  /**
   * Ingests vendor records in a format (each becomes one record of the pipeline, dead-lettered
   * alone when refused), then saves the cursor when one is given: the cursor moves only once the
   * data before it is stored.
   */
  ingest(format: string, records: readonly unknown[], cursor?: unknown): Promise<void>;
  /** Records what the vendor says about people (their ids, login names) for identity resolution. */
  learn(people: readonly PersonFacts[]): Promise<void>;
  saveCursor(cursor: unknown): Promise<void>;
}

/** One vendor's pull: how to configure it, which hosts it calls, how it signs in and pages. */
export interface ConnectorDriver<S = unknown, C = unknown> {
  kind: ConnectorKind;
  /** One line for listings and docs. */
  title: string;
  settings: z.ZodType<S>;
  credentials: z.ZodType<C>;
  /** The hosts this connector may call; nothing else is reachable from its runs. */
  hosts(settings: S): string[];
  auth(settings: S, credentials: C, tools: AuthTools): Authenticator;
  run(ctx: PullContext<S, C>): Promise<void>;
}

/** Erases a driver's setting types for the registry; settings are parsed by its schema first. */
export function defineDriver<S, C>(driver: ConnectorDriver<S, C>): ConnectorDriver {
  return driver;
}

export function hostOf(url: string): string {
  return new URL(url).hostname;
}
