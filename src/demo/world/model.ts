import type { HiddenTraits, Member } from '../org/model.js';
import { parameters as P } from './parameters.js';

/** How far the targeted campaign has ramped up on `day`, 0 before it starts, 1 at full strength. */
export function campaignRamp(day: number, days: number): number {
  const progress = (day / days - P.campaignStart) / P.campaignRamp;
  return Math.min(1, Math.max(0, progress));
}

/** Susceptibility lowered for a while by a completed training. */
export function effectiveSusceptibility(susceptibility: number, daysSinceTraining: number): number {
  if (!Number.isFinite(daysSinceTraining) || daysSinceTraining < 0) return susceptibility;
  const effect = P.trainingEffect * Math.exp(-daysSinceTraining / P.trainingEffectDays);
  return susceptibility * (1 - effect);
}

export function realClickP(s: number, lureStrength: number): number {
  return Math.min(0.95, P.realClick * s * lureStrength);
}

/** Typing credentials into a real phishing page; careful people notice the address first. */
export function submitP(s: number, d: number): number {
  const p = (P.submitBase + P.submitPerSusceptibility * s) * (1 - P.submitNoticedPerDiligence * d);
  return Math.min(0.95, p);
}

export function openAttachmentP(s: number, lureStrength: number): number {
  return Math.min(0.95, P.openBase + P.openPerSusceptibility * s * lureStrength);
}

export function preventP(d: number): number {
  return P.preventBase + P.preventPerDiligence * d;
}

export function becEngageP(s: number, financialAuthority: boolean): number {
  return P.becEngage * s * (financialAuthority ? 1.5 : 1);
}

export function reportRealP(d: number): number {
  return P.reportBase + P.reportPerDiligence * d;
}

export function takeoverAfterSubmitP(d: number): number {
  return P.takeoverAfterSubmit * (1 - 0.7 * d);
}

export function pushApproveP(s: number, d: number): number {
  return P.pushApproveBase + P.pushApprovePerCarelessness * s * (1 - d);
}

export function resetPerDay(d: number): number {
  return P.resetBase + P.resetPerDiligence * d;
}

export function leakedCredentialsPerDay(traits: HiddenTraits): number {
  return P.leakedCredentialsPerDay * traits.exposure * (1.5 - traits.diligence);
}

export function dlpPerDay(member: Member): number {
  const care = 1.2 - member.traits.diligence;
  return P.dlpPerDay * member.department.dataHandling * care * care;
}

export function leakPerDay(member: Member): number {
  const care = 1 - member.traits.diligence;
  return P.leakPerDay * member.department.dataHandling * care * care * (0.5 + member.accessWeight);
}

/**
 * How much of the targeted campaign reaches an identity of exposure `e`: more concentrated than
 * commodity mail, because its operators research their targets (VIPs, finance, public-facing
 * staff) and they are the people already most attacked.
 */
export function campaignTargeting(e: number): number {
  return Math.pow(e, CAMPAIGN_CONCENTRATION) / 2;
}

/** Exponent of exposure in campaign targeting; 1 would be the same spread as commodity mail. */
const CAMPAIGN_CONCENTRATION = 1.5;

/** Share of each kind among the real attacks a department receives. */
export function attackMix(member: Member): { phish: number; attachment: number; impostor: number } {
  const { impostorShare, attachmentShare } = member.department;
  const impostor = member.financialAuthority ? Math.min(0.6, impostorShare * 1.5) : impostorShare;
  return {
    phish: Math.max(0, 1 - impostor - attachmentShare),
    attachment: attachmentShare,
    impostor,
  };
}

/**
 * Expected incidents per day for a person, from the same model that drives the simulation, at
 * full campaign strength and without training effects: the backtest's ceiling. The MFA-fatigue
 * path is approximated by the chance a leaked password is abused before it is reset.
 */
export function incidentHazard(member: Member): number {
  if (member.kind === 'agent') return 0;
  const { susceptibility: s, diligence: d, exposure: e } = member.traits;
  const mix = attackMix(member);
  const perLure = (strength: number, permitted: number): number =>
    mix.phish * realClickP(s, strength) * permitted * submitP(s, d) +
    mix.attachment * openAttachmentP(s, strength) * (1 - preventP(d));
  const commodity =
    P.commodityMailPerDay * (1 - P.commodityBlocked) * perLure(1, P.commodityClickPermitted);
  const campaign =
    P.campaignMailPerDay *
    (1 - P.campaignBlocked) *
    perLure(P.campaignLureStrength, P.campaignClickPermitted);
  const attempt = (P.fatigueAttemptBase + P.fatigueAttemptCampaign) * pushApproveP(s, d);
  const fatigue = leakedCredentialsPerDay(member.traits) * (attempt / (attempt + resetPerDay(d)));
  return e * commodity + campaignTargeting(e) * campaign + fatigue + leakPerDay(member);
}
