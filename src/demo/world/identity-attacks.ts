import { riskDetection, riskyUser, signIn } from '../formats/graph-identity.js';
import { accountChange } from '../formats/ocsf-classes.js';
import { oktaEvent, type OktaPlace } from '../formats/okta.js';
import { attackerPlace, usualPlace } from '../formats/places.js';
import type { Member } from '../org/model.js';
import { accountCompromised } from './incidents.js';
import { leakedCredentialsPerDay, pushApproveP, resetPerDay } from './model.js';
import { parameters as P } from './parameters.js';
import type { Build } from './output.js';
import { attend, trace, type World } from './world.js';

/**
 * Attacks on a person's identity: password spraying (more for the exposed, and more once the
 * campaign runs), passwords leaked in third-party breaches, and — while an attacker holds a
 * working password — MFA-fatigue bursts that a careless person may approve.
 */
export function identityAttackDay(world: World, member: Member): void {
  const { rng, state } = world;
  const { exposure: e } = member.traits;
  if (rng.chance(P.sprayPerDay * e * (1 + 2 * world.ramp))) spray(world, member);
  if (!state.passwordHeld[member.index] && rng.chance(leakedCredentialsPerDay(member.traits)))
    leaked(world, member);
  if (!state.passwordHeld[member.index]) return;
  if (rng.chance(P.fatigueAttemptBase + P.fatigueAttemptCampaign * world.ramp))
    fatigue(world, member);
  if (state.passwordHeld[member.index] && rng.chance(resetPerDay(member.traits.diligence)))
    reset(world, member);
}

function spray(world: World, member: Member): void {
  const { rng } = world;
  const place = attackerPlace(rng);
  const time = world.anyTime();
  const detected: Build = (r) =>
    oktaEvent(r, {
      time,
      eventType: 'security.threat.detected',
      displayMessage: 'Request from suspicious actor',
      severity: 'WARN',
      actor: member,
      place,
      result: 'DENY',
      reason: 'Password Spray',
      debugData: { threatSuspected: 'true', threatDetections: '{"Password Spray":"HIGH"}' },
    });
  world.emit('okta', time, detected, trace(member, 'threat.password_spray_targeted'));
  const attempts = 1 + rng.int(3);
  for (let i = 0; i < attempts; i += 1) {
    const at = time + (i + 1) * (20_000 + rng.int(100_000));
    const failure: Build = (r) =>
      oktaEvent(r, {
        time: at,
        eventType: 'user.session.start',
        displayMessage: 'User login to Okta',
        severity: 'WARN',
        actor: member,
        place,
        result: 'FAILURE',
        reason: 'INVALID_CREDENTIALS',
        sessionId: null,
      });
    world.emit('okta', at, failure, trace(member, 'auth.signin_failed'));
  }
}

function leaked(world: World, member: Member): void {
  const { rng, state } = world;
  const time = world.anyTime();
  const detection: Build = (r) =>
    riskDetection(r, {
      time,
      member,
      riskEventType: 'leakedCredentials',
      riskLevel: 'high',
      riskState: 'atRisk',
      activity: 'user',
      timing: 'offline',
      place: null,
    });
  world.emit('graph-risk', time, detection, trace(member, 'threat.leaked_credentials'));
  const raised = time + 3_600_000 * (1 + rng.int(12));
  const user: Build = () =>
    riskyUser({
      time: raised,
      member,
      riskLevel: 'high',
      riskState: 'atRisk',
      riskDetail: 'none',
    });
  world.emit('graph-risk', raised, user, trace(member, 'threat.user_risk_elevated'));
  state.passwordHeld[member.index] = 1;
  state.riskLevel[member.index] = 3;
}

/** A burst of Okta Verify pushes from an attacker who knows the password. */
function fatigue(world: World, member: Member): void {
  const { rng } = world;
  const place = attackerPlace(rng);
  const start = world.anyTime();
  riskySignIn(world, member, place, start);
  const pushes = 4 + rng.int(9);
  const approveAt = rng.chance(pushApproveP(world.susceptibility(member), member.traits.diligence))
    ? 2 + rng.int(pushes - 2)
    : -1;
  const session = `102${rng.hex(22)}`;
  let time = start + 30_000;
  for (let i = 0; i < pushes; i += 1) {
    time += 20_000 + rng.int(70_000);
    push(world, member, place, time, 'system.push.send_factor_verify_push', session);
    if (i === approveAt) {
      push(
        world,
        member,
        place,
        time + 8_000 + rng.int(20_000),
        'user.authentication.auth_via_mfa',
        session,
      );
      accountCompromised(world, member, time + 60_000 + rng.int(240_000));
      return;
    }
    if (rng.chance(0.6))
      push(
        world,
        member,
        place,
        time + 5_000 + rng.int(40_000),
        'user.mfa.okta_verify.deny_push',
        session,
      );
  }
  if (rng.chance(member.traits.diligence)) reportSuspicious(world, member, time);
  // An alarmed person changes the password sooner.
  if (rng.chance(resetPerDay(member.traits.diligence))) reset(world, member);
}

function riskySignIn(world: World, member: Member, place: OktaPlace, time: number): void {
  const record: Build = (r) =>
    signIn(r, {
      time,
      member,
      place,
      errorCode: 500121,
      failureReason: 'Authentication failed during strong authentication request.',
      riskLevel: 'high',
      riskEventTypes: ['unfamiliarFeatures', 'anonymizedIPAddress'],
      conditionalAccess: 'failure',
      compliantDevice: false,
    });
  // Conditional Access refused it (MFA not satisfied): a policy denial as well as a risky sign-in.
  world.emit('graph-signins', time, record, [
    trace(member, 'threat.risky_signin'),
    trace(member, 'auth.policy_denied'),
  ]);
}

const PUSH_BEHAVIOUR: Readonly<Record<string, string>> = {
  'system.push.send_factor_verify_push': 'threat.mfa_fatigue_attack',
  'user.mfa.okta_verify.deny_push': 'auth.mfa_push_denied',
  'user.authentication.auth_via_mfa': 'auth.mfa_push_approved_suspicious',
};

function push(
  world: World,
  member: Member,
  place: OktaPlace,
  time: number,
  eventType: string,
  session: string,
): void {
  const denied = eventType === 'user.mfa.okta_verify.deny_push';
  const record: Build = (r) =>
    oktaEvent(r, {
      time,
      eventType,
      displayMessage: denied
        ? 'User rejected Okta push verify'
        : eventType === 'user.authentication.auth_via_mfa'
          ? 'Authentication of user via MFA'
          : 'Push notification sent for verify',
      severity: denied ? 'WARN' : 'INFO',
      actor: member,
      place,
      result: denied ? 'FAILURE' : 'SUCCESS',
      ...(denied ? { reason: 'User rejected Okta Verify push' } : {}),
      factorTarget: 'push',
      debugData: { factor: 'OKTA_VERIFY_PUSH' },
      sessionId: session,
    });
  world.emit('okta', time, record, trace(member, PUSH_BEHAVIOUR[eventType] ?? 'none'));
}

function reportSuspicious(world: World, member: Member, after: number): void {
  const time = attend(world, member, after);
  const record: Build = (r) =>
    oktaEvent(r, {
      time,
      eventType: 'user.account.report_suspicious_activity_by_enduser',
      displayMessage: 'User report suspicious activity',
      severity: 'WARN',
      actor: member,
      place: usualPlace(r, member),
      result: 'SUCCESS',
      debugData: { suspiciousActivityEventType: 'system.push.send_factor_verify_push' },
    });
  world.emit('okta', time, record, trace(member, 'auth.suspicious_activity_reported'));
}

/** The person changes the password: the attacker's copy stops working. */
function reset(world: World, member: Member): void {
  const { state } = world;
  const time = world.workTime(member);
  state.passwordHeld[member.index] = 0;
  if ((state.riskLevel[member.index] ?? 0) > 0) {
    const record: Build = () =>
      riskyUser({
        time,
        member,
        riskLevel: 'none',
        riskState: 'remediated',
        riskDetail: 'userPerformedSecuredPasswordChange',
      });
    world.emit('graph-risk', time, record, trace(member, 'none'));
    state.riskLevel[member.index] = 0;
    return;
  }
  const record: Build = (r) =>
    accountChange(r, {
      time,
      product: { name: 'Microsoft Entra ID', vendor_name: 'Microsoft' },
      severityId: 1,
      message: 'User changed password',
      member,
      activityId: 3,
    });
  world.emit('ocsf', time, record, trace(member, 'none'));
}
