import type { Severity } from '../catalog/behaviour.js';

/**
 * A normalised event in Bulwark's native format (PRODUCT.md "Native event"): what every input
 * format is turned into before it is stored.
 */
export interface NativeEvent {
  /** The source's own id; derived from the content when the source gives none. */
  id: string;
  /** ISO 8601 instant. */
  time: string;
  /** Which system reported it, e.g. `okta`, `gophish`, `proofpoint-tap`. */
  source: string;
  /** A behaviour type of the catalogue. */
  type: string;
  /** An email, alias or identity id. */
  subject: string;
  severity?: Severity;
  details: Record<string, unknown>;
}

/** An event as a normaliser produces it: the id may still be missing. */
export type EventDraft = Omit<NativeEvent, 'id'> & { id?: string };

/** An event as stored, with its time in epoch milliseconds and its link to the directory. */
export interface StoredEvent {
  seq: number;
  tenantId: string;
  source: string;
  eventId: string;
  time: number;
  type: string;
  subject: string;
  identityId: string | null;
  severity: Severity | null;
  details: Record<string, unknown>;
  ingestedAt: number;
}
