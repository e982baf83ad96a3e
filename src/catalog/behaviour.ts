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
  /**
   * How many full-strength events of this behaviour can stack before further ones stop adding
   * points (Splunk RBA's anti-stacking cap; docs/risk-model.md). Default `DEFAULT_STACK_LIMIT`.
   */
  stackLimit?: number;
  /**
   * Whether a mail scanner or link sandbox can trigger this event without a person (clicks,
   * opens, submissions). Such events flagged `details.automated === true` score nothing.
   */
  scannerProne?: boolean;
}

/** Splunk RBA's `limit_score_stacking` default: one behaviour stacks at most 3 events deep. */
export const DEFAULT_STACK_LIMIT = 3;

/** Bounds a tenant override of a weight must respect. */
export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 100;
