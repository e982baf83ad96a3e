import { falconAlert, falconStreamDetection, type Detection } from '../formats/crowdstrike.js';
import { securityAlert, urlEvidence } from '../formats/graph-alerts.js';
import { riskyUser } from '../formats/graph-identity.js';
import { oktaEvent } from '../formats/okta.js';
import { attackerPlace } from '../formats/places.js';
import type { Member } from '../org/model.js';
import { malwareDetection } from './detections.js';
import type { Attack } from './mail.js';
import { preventP, takeoverAfterSubmitP } from './model.js';
import type { Build } from './output.js';
import { trace, type World } from './world.js';

const HOUR_MS = 3_600_000;

/** A real credential-phishing incident: Defender for Office 365 alerts on the submission. */
export function credentialsSubmitted(
  world: World,
  member: Member,
  time: number,
  hit: Attack,
): void {
  const { rng } = world;
  const alert: Build = (r) =>
    securityAlert(r, {
      time,
      member,
      serviceSource: 'microsoftDefenderForOffice365',
      title: 'User entered credentials on a credential phishing site',
      description: `${member.name} opened ${hit.threat.url} from "${hit.lure.subject}" and submitted credentials to the page.`,
      category: 'CredentialAccess',
      severity: 'high',
      status: 'inProgress',
      classification: 'truePositive',
      determination: 'phishing',
      mitreTechniques: ['T1566.002', 'T1056.003'],
      delayMinutes: 5 + r.int(90),
      extraEvidence: [urlEvidence(hit.threat.url, time)],
    });
  world.emit('graph-alerts', time, alert, trace(member, 'phishing.real_credentials_submitted'));
  world.state.passwordHeld[member.index] = 1;
  if (rng.chance(takeoverAfterSubmitP(member.traits.diligence)))
    accountCompromised(world, member, time + (20 + rng.int(160)) * 60_000);
}

/**
 * An account takeover: the attacker signs in from their own infrastructure, and Identity
 * Protection's user risk is confirmed compromised by the security team a few hours later.
 */
export function accountCompromised(world: World, member: Member, time: number): void {
  const { rng } = world;
  const place = attackerPlace(rng);
  const signIn: Build = (r) =>
    oktaEvent(r, {
      time,
      eventType: 'user.session.start',
      displayMessage: 'User login to Okta',
      severity: 'INFO',
      actor: member,
      place,
      result: 'SUCCESS',
      debugData: {
        risk: JSON.stringify({ level: 'HIGH', reasons: 'Anomalous Location, New Device, New IP' }),
      },
    });
  world.emit('okta', time, signIn, trace(member, 'threat.risky_signin'));
  const confirmed = time + (2 + rng.int(8)) * HOUR_MS;
  const record: Build = () =>
    riskyUser({
      time: confirmed,
      member,
      riskLevel: 'high',
      riskState: 'confirmedCompromised',
      riskDetail: 'adminConfirmedUserCompromised',
    });
  world.emit('graph-risk', confirmed, record, trace(member, 'auth.account_compromised'));
  world.state.riskLevel[member.index] = 3;
  // The security team resets the password and revokes sessions when it confirms the compromise.
  world.state.passwordHeld[member.index] = 0;
}

/** Malware reaches the device; the sensor stops it unless the device is poorly kept. */
export function malwareOnDevice(
  world: World,
  member: Member,
  time: number,
  vector: 'attachment' | 'download',
): true {
  const { rng } = world;
  const prevented = rng.chance(preventP(member.traits.diligence));
  const filename =
    vector === 'attachment'
      ? rng.pick(['INV-20931.xlsm', 'CV_application.docm', 'PO-77812.iso'])
      : rng.pick(['chrome_update.exe', 'zoom_installer.pkg', 'invoice_viewer.msi']);
  const detection = malwareDetection(member.ids.platform, prevented, filename);
  emitDetection(
    world,
    member,
    time,
    detection,
    prevented ? 'endpoint.malware_blocked' : 'endpoint.malware_executed',
  );
  return true;
}

/** A Falcon detection: the Alerts API for Windows, the Event Streams summary for Macs. */
export function emitDetection(
  world: World,
  member: Member,
  time: number,
  detection: Detection,
  behaviour: string,
): void {
  const offset = world.next();
  const record: Build = (r) => {
    const localIp = `10.${member.location.egressBase}.${r.int(256)}.${1 + r.int(254)}`;
    const input = { time, member, detection, localIp };
    return member.ids.platform === 'Mac'
      ? falconStreamDetection(r, input, 100_000 + offset)
      : falconAlert(r, input);
  };
  world.emit('crowdstrike', time, record, trace(member, behaviour));
}

/** The person replied to an impostor; Defender flags the thread as BEC financial fraud. */
export function becEngaged(world: World, member: Member, time: number, hit: Attack): true {
  const alert: Build = (r) =>
    securityAlert(r, {
      time,
      member,
      serviceSource: 'microsoftDefenderForOffice365',
      title: 'BEC financial fraud: user replied to an impersonation message',
      description: `${member.name} replied to "${hit.lure.subject}" from ${hit.lure.sender}, which impersonates a trusted party to obtain a payment.`,
      category: 'InitialAccess',
      severity: 'medium',
      status: 'new',
      classification: null,
      determination: null,
      mitreTechniques: ['T1534', 'T1656'],
      delayMinutes: 10 + r.int(240),
    });
  world.emit('graph-alerts', time, alert, trace(member, 'social.bec_engaged'));
  return true;
}
