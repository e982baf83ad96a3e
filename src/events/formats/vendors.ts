import { cefFormat } from './cef.format.js';
import { crowdstrikeFormat } from './crowdstrike.format.js';
import type { InputFormat } from './format.js';
import { gophishFormat } from './gophish.format.js';
import { graphAlertsFormat } from './graph-alerts.format.js';
import { graphRiskFormat } from './graph-risk.format.js';
import { graphSigninsFormat } from './graph-signins.format.js';
import { knowbe4Format } from './knowbe4.format.js';
import { ocsfFormat } from './ocsf.format.js';
import { oktaFormat } from './okta.format.js';
import { proofpointTapFormat } from './proofpoint-tap.format.js';

/**
 * Every vendor input format, with default policies. Formats that spot scanner clicks (GoPhish,
 * Proofpoint TAP, KnowBe4) also export a `create…Format(policy)` for a tenant's own settings.
 */
export const vendorFormats: readonly InputFormat[] = [
  ocsfFormat,
  gophishFormat,
  proofpointTapFormat,
  oktaFormat,
  graphSigninsFormat,
  graphRiskFormat,
  graphAlertsFormat,
  crowdstrikeFormat,
  knowbe4Format,
  cefFormat,
];
