import { z } from 'zod';
import type { Normalised } from './format.js';
import { parseAt } from './problems.js';
import type { ItemResult } from './results.js';
import { combine, eventsOf, ignoredItem, problemItem } from './results.js';
import { compact, isoTime } from './values.js';

const identitySchema = z.object({
  guid: z.string().nullish(),
  customerUserId: z.string().nullish(),
  emails: z.array(z.string()).nullish(),
  name: z.string().nullish(),
  department: z.string().nullish(),
  title: z.string().nullish(),
  vip: z.boolean().nullish(),
});

const userSchema = z.object({
  identity: identitySchema,
  threatStatistics: z
    .object({
      attackIndex: z.number(),
      families: z.array(z.object({ name: z.string(), score: z.number() })).nullish(),
    })
    .optional(),
  clickStatistics: z.object({ clickCount: z.number() }).optional(),
});
type PeopleUser = z.infer<typeof userSchema>;

const responseSchema = z.object({
  users: z.array(z.unknown()),
  interval: z.string(),
  averageAttackIndex: z.number().nullish(),
  vapAttackIndexThreshold: z.number().nullish(),
});
type Response = z.infer<typeof responseSchema>;

/**
 * The People API: `/v2/people/vap` (Very Attacked People, one event per person listed) and
 * `/v2/people/top-clickers` (ignored: the clicks themselves arrive through the SIEM API).
 */
export function vapResponse(record: Record<string, unknown>): Normalised {
  const parsed = parseAt(responseSchema, record);
  if (!parsed.ok) return combine([{ kind: 'problems', problems: parsed.problems }]);
  const end = isoTime(parsed.value.interval.split('/')[1]);
  if (end === undefined)
    return { kind: 'rejected', reason: 'interval: expected "start/end" ISO 8601 instants' };
  const items = parsed.value.users.map((user, i) => person(user, i, end, parsed.value));
  return combine(items, 'People API user');
}

function person(value: unknown, i: number, time: string, response: Response): ItemResult {
  const parsed = parseAt(userSchema, value, `users[${i}]`);
  if (!parsed.ok) return { kind: 'problems', problems: parsed.problems };
  const user = parsed.value;
  if (user.threatStatistics === undefined) {
    if (user.clickStatistics !== undefined)
      return ignoredItem('TAP top clicker: the clicks themselves come from the SIEM API');
    return problemItem(`users[${i}]`, 'has neither threatStatistics (VAP) nor clickStatistics');
  }
  const subject =
    user.identity.emails?.find((e) => e.trim() !== '') ?? user.identity.customerUserId;
  if (!subject) return problemItem(`users[${i}].identity.emails`, 'holds no address');
  return eventsOf([
    {
      source: 'proofpoint-tap',
      type: 'threat.very_attacked',
      subject: subject.trim(),
      time,
      details: details(user, response),
    },
  ]);
}

function details(user: PeopleUser, response: Response): Record<string, unknown> {
  return compact({
    attackIndex: user.threatStatistics?.attackIndex,
    families: user.threatStatistics?.families,
    interval: response.interval,
    averageAttackIndex: response.averageAttackIndex,
    vapAttackIndexThreshold: response.vapAttackIndexThreshold,
    vip: user.identity.vip,
    proofpointGuid: user.identity.guid,
    emails: user.identity.emails,
  });
}
