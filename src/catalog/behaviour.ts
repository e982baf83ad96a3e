/** The categories of PRODUCT.md §2, plus AI agents' own signals. */
export const categories = [
  'phishing',
  'credentials',
  'endpoint',
  'data',
  'cloud',
  'device',
  'protective',
  'threat',
  'agent',
] as const;
export type Category = (typeof categories)[number];

/** Which part of the Human Risk Index a behaviour feeds. */
export type Component = 'behavior' | 'threat' | 'access';
export type Polarity = 'risk' | 'protective';
export const severities = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof severities)[number];

/**
 * One behaviour of the catalogue: a kind of event that a person or agent does, suffers or is
 * granted. `weight` is the points one event of default severity contributes at full strength,
 * before decay and caps; `halfLifeDays` is how fast that contribution fades.
 */
export interface Behaviour {
  type: string;
  category: Category;
  component: Component;
  title: string;
  polarity: Polarity;
  weight: number;
  halfLifeDays: number;
  /** A real compromise, malware execution, data leak or account takeover. */
  incident: boolean;
  /** MITRE ATT&CK technique ids the behaviour exposes the organisation to. */
  attack: string[];
  /** Control references (NIST CSF 2.0, ISO/IEC 27001:2022 Annex A, NIST SP 800-53). */
  frameworks: string[];
  /** Vendor events that normalise to this behaviour, as `vendor: event`. */
  vendorEvents: string[];
}

/** Bounds a tenant override of a weight must respect. */
export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 100;
