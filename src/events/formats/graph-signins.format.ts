import { z } from 'zod';
import type { EventDraft } from '../event.js';
import type { InputFormat } from './format.js';
import { at, graphRecords, graphSeverity } from './graph.js';
import { parseAt } from './problems.js';
import type { ItemResult } from './results.js';
import { eventsOf, ignoredItem, problemItem } from './results.js';
import { compact, isoTime } from './values.js';

const text = z.string().nullish();

/** A Microsoft Graph `signIn` (v1.0 `/auditLogs/signIns`). */
const signInSchema = z.object({
  id: z.string().min(1),
  createdDateTime: z.string(),
  userPrincipalName: text,
  userId: text,
  appDisplayName: text,
  ipAddress: text,
  clientAppUsed: text,
  conditionalAccessStatus: text,
  isInteractive: z.boolean().nullish(),
  riskLevelDuringSignIn: text,
  riskState: text,
  riskDetail: text,
  riskEventTypes_v2: z.array(z.string()).nullish(),
  correlationId: text,
  status: z.object({ errorCode: z.number().int(), failureReason: text, additionalDetails: text }),
  deviceDetail: z
    .object({
      operatingSystem: text,
      browser: text,
      isCompliant: z.boolean().nullish(),
      isManaged: z.boolean().nullish(),
    })
    .nullish(),
  location: z.object({ city: text, countryOrRegion: text }).nullish(),
});
type SignIn = z.infer<typeof signInSchema>;

/**
 * Entra error codes that interrupt a sign-in which then carries on (MFA or consent prompts,
 * "stay signed in?", account picker): not failures. Codes from Microsoft Entra's
 * authentication and authorization error code reference.
 */
const INTERRUPTS = new Set([16000, 16001, 50058, 50074, 50076, 50097, 50125, 50140]);
const BLOCKED_BY_CONDITIONAL_ACCESS = 53003;
const ACCOUNT_LOCKED = 50053;
const STRONG_AUTH_FAILED = 500121;

/** Entra ID sign-in logs: failures, policy blocks, lockouts, denied MFA and risky sign-ins. */
export const graphSigninsFormat: InputFormat = {
  name: 'graph-signins',
  encoding: 'json',
  normalise: (record) => graphRecords(record, signIn, 'sign-in'),
};

function signIn(value: unknown, path: string): ItemResult {
  const parsed = parseAt(signInSchema, value, path);
  if (!parsed.ok) return { kind: 'problems', problems: parsed.problems };
  const s = parsed.value;
  const time = isoTime(s.createdDateTime);
  if (time === undefined) return problemItem(at(path, 'createdDateTime'), 'is not a date-time');
  const subject = s.userPrincipalName?.trim() || s.userId?.trim();
  if (!subject) return problemItem(at(path, 'userPrincipalName'), 'is missing, and so is userId');
  const events: EventDraft[] = [];
  const failure = failureType(s);
  if (failure) events.push(draft(s, s.id, failure, subject, time));
  const risk = graphSeverity(s.riskLevelDuringSignIn);
  if (risk && s.riskState !== 'dismissed' && s.riskState !== 'confirmedSafe')
    events.push({
      ...draft(s, `${s.id}:risk`, 'threat.risky_signin', subject, time),
      severity: risk,
    });
  if (events.length === 0) return ignoredItem('Entra sign-in that succeeded without risk');
  return eventsOf(events);
}

function failureType(s: SignIn): string | undefined {
  const code = s.status.errorCode;
  if (code === 0 || INTERRUPTS.has(code)) return undefined;
  if (code === BLOCKED_BY_CONDITIONAL_ACCESS || s.conditionalAccessStatus === 'failure')
    return 'auth.policy_denied';
  if (code === ACCOUNT_LOCKED) return 'auth.account_locked';
  const said = `${s.status.failureReason ?? ''} ${s.status.additionalDetails ?? ''}`;
  if (code === STRONG_AUTH_FAILED && /declined|denied|fraud/i.test(said))
    return 'auth.mfa_push_denied';
  return 'auth.signin_failed';
}

function draft(s: SignIn, id: string, type: string, subject: string, time: string): EventDraft {
  return {
    id,
    source: 'graph-signins',
    type,
    subject,
    time,
    details: compact({
      errorCode: s.status.errorCode,
      failureReason: s.status.failureReason,
      additionalDetails: s.status.additionalDetails,
      // Denied MFA is marked like Okta pushes so one burst detector serves both sources.
      mfaPush:
        type === 'auth.mfa_push_denied'
          ? { phase: 'denied', correlationId: s.correlationId }
          : undefined,
      userId: s.userId,
      app: s.appDisplayName,
      clientApp: s.clientAppUsed,
      ipAddress: s.ipAddress,
      city: s.location?.city,
      country: s.location?.countryOrRegion,
      conditionalAccessStatus: s.conditionalAccessStatus,
      interactive: s.isInteractive,
      riskLevel: s.riskLevelDuringSignIn,
      riskState: s.riskState,
      riskDetail: s.riskDetail,
      riskEventTypes: s.riskEventTypes_v2,
      deviceCompliant: s.deviceDetail?.isCompliant,
      deviceManaged: s.deviceDetail?.isManaged,
      correlationId: s.correlationId,
    }),
  };
}
