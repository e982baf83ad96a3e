import { z } from 'zod';
import { hostOf } from '../../connectors/driver.js';
import { compromiseFinding, levelChangeFinding } from '../ocsf-risk.js';
import type { DeliveryResult } from '../outbox.js';
import type { Outgoing } from './driver.js';
import { defineDestination } from './driver.js';
import { exchange, isResult, resultOf } from './http-delivery.js';

const settings = z.object({
  url: z
    .url({ protocol: /^https?$/, error: 'must be an https:// URL' })
    .describe('The HEC endpoint, e.g. https://splunk.example.com:8088/services/collector/event'),
  index: z.string().min(1).max(80).optional(),
  source: z.string().min(1).max(200).default('bulwark'),
  sourcetype: z.string().min(1).max(200).default('ocsf:detection_finding'),
  host: z.string().min(1).max(255).optional(),
});
const credentials = z.object({ token: z.string().min(1).describe('HEC token') });

/** The event of what is sent, as an OCSF finding, or a plain test event. */
function eventOf(outgoing: Outgoing): { time: number; event: unknown } {
  if (outgoing.type === 'level-change') {
    const finding = levelChangeFinding(outgoing.change);
    return { time: Number(finding.time), event: finding };
  }
  if (outgoing.type === 'compromised') {
    const finding = compromiseFinding(outgoing.report);
    return { time: Number(finding.time), event: finding };
  }
  return { time: outgoing.at, event: { message: 'Test message from Bulwark', uid: outgoing.id } };
}

/**
 * Splunk HTTP Event Collector: one JSON envelope per message to `/services/collector/event`,
 * `Authorization: Splunk <token>`, `time` in epoch seconds; Splunk answers
 * `{"text":"Success","code":0}` (help.splunk.com, "Format events for HTTP Event Collector").
 * Indexer acknowledgement is not used: a 200 counts as delivered.
 */
export const splunkHec = defineDestination({
  kind: 'splunk-hec',
  title: 'Splunk HTTP Event Collector (OCSF findings as JSON events)',
  settings,
  credentials,
  hosts: (s) => [hostOf(s.url)],
  wants: () => ({ levelChanges: true, membership: false, compromises: true }),
  async send({ settings: s, credentials: c, tools }, outgoing): Promise<DeliveryResult> {
    const { time, event } = eventOf(outgoing);
    const envelope = {
      time: time / 1000,
      source: s.source,
      sourcetype: s.sourcetype,
      ...(s.index ? { index: s.index } : {}),
      ...(s.host ? { host: s.host } : {}),
      event,
    };
    const answer = await exchange(tools.client, {
      method: 'POST',
      url: s.url,
      headers: { authorization: `Splunk ${c.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(envelope),
    });
    if (isResult(answer)) return answer;
    const result = resultOf(answer, 'Splunk HEC', tools.now());
    if (result.outcome !== 'delivered') return result;
    return hecCode(answer.body);
  },
});

/** A 200 whose body carries a non-zero HEC code did not index the event. */
function hecCode(body: string): DeliveryResult {
  try {
    const parsed = JSON.parse(body) as { code?: unknown; text?: unknown };
    if (parsed.code === undefined || parsed.code === 0) return { outcome: 'delivered' };
    return {
      outcome: 'failed',
      error: `Splunk HEC answered code ${JSON.stringify(parsed.code)}: ${JSON.stringify(parsed.text)}`,
    };
  } catch {
    return { outcome: 'delivered' };
  }
}
