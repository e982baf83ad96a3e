import type { DemoOptions } from '../options.js';
import type { AgentSpec } from './agent-specs.js';
import type { DepartmentSpec } from './departments.js';
import type { LocationSpec } from './locations.js';
import type { Criticality } from './resources.js';

/** One row of the directory CSV (PRODUCT.md), every value already as text. */
export interface DirectoryRow {
  email: string;
  name: string;
  kind: 'person' | 'agent';
  department: string;
  title: string;
  location: string;
  timezone: string;
  manager_email: string;
  owner_email: string;
  employment_type: string;
  start_date: string;
  groups: string;
  privileged: 'true' | 'false';
  business_unit: string;
  financial_authority: 'true' | 'false';
  scopes: string;
}

/** One row of the access snapshot: an entitlement of an identity to a resource. */
export interface AccessRow {
  email: string;
  resource: string;
  criticality: Criticality;
  entitlement: string;
  admin: 'true' | 'false';
}

/**
 * What the simulation knows about an identity and the product must never see. The backtest uses
 * `hazard` as the ceiling: the expected number of incidents per day under baseline attack
 * intensity, computed from the same causal model that generates the signals.
 */
export interface HiddenTraits {
  email: string;
  kind: 'person' | 'agent';
  /** Probability-like propensity to act on a lure, 0–1. */
  susceptibility: number;
  /** Care with security chores: reporting, training, patching, data handling, 0–1. */
  diligence: number;
  /** Multiplier of how many attacks reach this identity (1 = typical). */
  exposure: number;
  hazard: number;
}

/** An identity as the simulation uses it: directory facts, traits and vendor-side ids. */
export interface Member {
  index: number;
  kind: 'person' | 'agent';
  email: string;
  givenName: string;
  familyName: string;
  name: string;
  department: DepartmentSpec;
  location: LocationSpec;
  title: string;
  managerIndex: number;
  ownerIndex: number;
  employmentType: string;
  /** Day index of the start date relative to the period's first day (negative: before). */
  startDay: number;
  vip: boolean;
  isManager: boolean;
  privileged: boolean;
  financialAuthority: boolean;
  /** 0–1: how much critical and high-criticality access the identity holds. */
  accessWeight: number;
  agent: AgentSpec | null;
  traits: HiddenTraits;
  ids: VendorIds;
}

/** The identifiers each vendor would know this identity by. */
export interface VendorIds {
  okta: string;
  entra: string;
  knowbe4: number;
  host: string;
  platform: 'Windows' | 'Mac';
}

export interface DemoOrganisation {
  options: DemoOptions;
  members: Member[];
  directory: DirectoryRow[];
  access: AccessRow[];
  traits: HiddenTraits[];
}
