import { signIn } from '../formats/graph-identity.js';
import { accountChange, authentication } from '../formats/ocsf-classes.js';
import { oktaEvent, type OktaPlace } from '../formats/okta.js';
import { travelPlace, usualPlace } from '../formats/places.js';
import type { Member } from '../org/model.js';
import type { Build } from './output.js';
import { trace, type World } from './world.js';

/**
 * Ordinary sign-ins per working day and source. Real logs hold several a day per person; the
 * demo keeps one in twenty so that the benign records a normaliser must ignore are present
 * without dominating the volume the demo ingests.
 */
const BENIGN_SIGNINS = 0.05;

/**
 * Everyday identity activity: ordinary sign-ins (which a normaliser should ignore), mistyped
 * passwords, lock-outs, MFA factors lost or added, and sign-ins from trips that Identity
 * Protection flags although they are harmless. Careless people produce more of the noisy kind.
 */
export function identityDay(world: World, member: Member): void {
  const { rng } = world;
  const d = member.traits.diligence;
  const workday = world.isWorkday() ? 1 : 0.1;
  if (rng.chance(BENIGN_SIGNINS * workday))
    oktaSignIn(world, member, usualPlace(rng, member), 'SUCCESS');
  if (rng.chance(BENIGN_SIGNINS * workday))
    graphSignIn(world, member, usualPlace(rng, member), 'none');
  if (rng.chance(0.02 * workday)) vpnLogon(world, member);
  if (rng.chance(0.015 * (1.6 - d) * workday)) mistypedPassword(world, member);
  if (rng.chance(0.0012 * (1.5 - d))) factorRemoved(world, member);
  if (rng.chance(0.0015 * d)) factorEnrolled(world, member);
  if (rng.chance(0.003 * workday)) graphSignIn(world, member, travelPlace(rng, member), 'medium');
}

function oktaSignIn(
  world: World,
  member: Member,
  place: OktaPlace,
  result: 'SUCCESS' | 'FAILURE',
): void {
  const time = world.workTime(member);
  const record: Build = (r) =>
    oktaEvent(r, {
      time,
      eventType: 'user.session.start',
      displayMessage: 'User login to Okta',
      severity: result === 'SUCCESS' ? 'INFO' : 'WARN',
      actor: member,
      place,
      result,
      ...(result === 'FAILURE' ? { reason: 'INVALID_CREDENTIALS', sessionId: null } : {}),
    });
  world.emit(
    'okta',
    time,
    record,
    trace(member, result === 'SUCCESS' ? 'none' : 'auth.signin_failed'),
  );
}

function graphSignIn(
  world: World,
  member: Member,
  place: OktaPlace,
  risk: 'none' | 'medium',
): void {
  const time = world.workTime(member);
  const record: Build = (r) =>
    signIn(r, {
      time,
      member,
      place,
      errorCode: 0,
      riskLevel: risk,
      riskEventTypes: risk === 'none' ? [] : ['unfamiliarFeatures'],
      conditionalAccess: 'success',
      compliantDevice: risk === 'none',
    });
  world.emit(
    'graph-signins',
    time,
    record,
    trace(member, risk === 'none' ? 'none' : 'threat.risky_signin'),
  );
}

/** A VPN logon, reported by a SIEM in OCSF. */
function vpnLogon(world: World, member: Member): void {
  const time = world.workTime(member);
  const success = world.rng.chance(0.95);
  const record: Build = (r) =>
    authentication(r, {
      time,
      product: { name: 'GlobalProtect', vendor_name: 'Palo Alto Networks' },
      severityId: 1,
      message: success ? 'VPN logon succeeded' : 'VPN logon failed: wrong password',
      member,
      success,
      ip: usualPlace(r, member).ip,
      service: 'Remote access VPN',
      mfa: true,
      ...(success ? {} : { statusDetail: 'INVALID_CREDENTIALS' }),
    });
  world.emit('ocsf', time, record, trace(member, success ? 'none' : 'auth.signin_failed'));
}

function mistypedPassword(world: World, member: Member): void {
  const { rng } = world;
  const place = usualPlace(rng, member);
  const failures = 1 + rng.int(rng.chance(0.15 * (1 - member.traits.diligence)) ? 5 : 2);
  for (let i = 0; i < failures; i += 1) oktaSignIn(world, member, place, 'FAILURE');
  if (failures < 5) return;
  const time = world.workTime(member);
  const lock: Build = (r) =>
    oktaEvent(r, {
      time,
      eventType: 'user.account.lock',
      displayMessage: 'Max sign in attempts exceeded',
      severity: 'WARN',
      actor: member,
      place,
      result: 'FAILURE',
      reason: 'LOCKED_OUT',
    });
  world.emit('okta', time, lock, trace(member, 'auth.account_locked'));
}

function factorRemoved(world: World, member: Member): void {
  const time = world.workTime(member);
  const record: Build = (r) =>
    oktaEvent(r, {
      time,
      eventType: 'user.mfa.factor.reset_all',
      displayMessage: 'Reset all factors for user',
      severity: 'INFO',
      actor: member,
      place: usualPlace(r, member),
      result: 'SUCCESS',
      targetUser: true,
    });
  world.emit('okta', time, record, trace(member, 'auth.mfa_factor_removed'));
}

/** A phishing-resistant factor added: in Okta, or reported by the directory in OCSF. */
function factorEnrolled(world: World, member: Member): void {
  const { rng } = world;
  const time = world.workTime(member);
  if (rng.chance(0.5)) {
    const record: Build = (r) =>
      oktaEvent(r, {
        time,
        eventType: 'user.mfa.factor.activate',
        displayMessage: 'User set up MFA factor',
        severity: 'INFO',
        actor: member,
        place: usualPlace(r, member),
        result: 'SUCCESS',
        targetUser: true,
        debugData: { factor: 'FIDO_WEBAUTHN' },
      });
    world.emit('okta', time, record, trace(member, 'auth.mfa_enrolled'));
    return;
  }
  const record: Build = (r) =>
    accountChange(r, {
      time,
      product: { name: 'Microsoft Entra ID', vendor_name: 'Microsoft' },
      severityId: 1,
      message: 'User registered a FIDO2 security key',
      member,
      activityId: 10,
    });
  world.emit('ocsf', time, record, trace(member, 'auth.mfa_enrolled'));
}
