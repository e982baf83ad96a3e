import { logistic, type Rng } from '../random.js';
import type { HiddenTraits, Member } from './model.js';

/**
 * Correlation of the latent scores behind susceptibility and diligence: careless people tend to
 * click more. −0.4 is an assumption of this demo, chosen so the two are related but distinct.
 */
const RHO = -0.4;

/**
 * Spread of the personal terms (standard deviations on the logit or log scale). Wide enough that
 * risk is concentrated: Living Security and Cyentia ("Risky Business") found 10 % of users behind
 * 73 % of risky behaviour; the top decile of this demo's incident hazard holds a similar share.
 */
export const SPREAD = { susceptibility: 1.5, diligence: 1.4, exposure: 1.2 } as const;

/**
 * Draws the hidden traits of a person. Each is a department baseline, a few role effects and a
 * personal normal term, so that both teams and individuals differ. The role effects follow
 * published patterns: untrained newcomers click more (the untrained baseline is the highest phase
 * of KnowBe4's Phishing by Industry benchmark), middle managers are a weak link (Elevate
 * Security), and VIPs and
 * people with financial authority are attacked more (Proofpoint's Very Attacked People).
 */
export function drawTraits(rng: Rng, member: Member): HiddenTraits {
  const zs = rng.normal();
  const zd = RHO * zs + Math.sqrt(1 - RHO * RHO) * rng.normal();
  const ze = rng.normal();
  const { department } = member;
  const newcomer = member.startDay > -90;
  const contractor = member.employmentType === 'contractor';
  const intern = member.employmentType === 'intern';
  const susceptibility = logistic(
    -1.15 +
      department.susceptibility +
      (newcomer ? 0.4 : 0) +
      (member.isManager ? 0.15 : 0) +
      (intern ? 0.3 : 0) +
      SPREAD.susceptibility * zs,
  );
  const diligence = logistic(
    0.35 +
      department.diligence +
      (contractor ? -0.5 : 0) +
      (intern ? -0.2 : 0) +
      SPREAD.diligence * zd,
  );
  const exposure = Math.exp(
    -0.6 +
      department.exposure +
      (member.vip ? 0.9 : 0) +
      (member.isManager ? 0.15 : 0) +
      (member.financialAuthority ? 0.3 : 0) +
      SPREAD.exposure * ze,
  );
  return { email: member.email, kind: 'person', susceptibility, diligence, exposure, hazard: 0 };
}

/**
 * Traits of an AI agent: susceptibility is how easily untrusted input steers it (prompt
 * injection), diligence is how well its owner keeps its secrets and scopes tidy, exposure is how
 * much untrusted input it reads.
 */
export function drawAgentTraits(
  rng: Rng,
  email: string,
  untrustedInput: number,
  ownerDiligence: number,
): HiddenTraits {
  return {
    email,
    kind: 'agent',
    susceptibility: logistic(-1.5 + 2 * untrustedInput + 0.8 * rng.normal()),
    diligence: Math.min(0.98, Math.max(0.02, ownerDiligence + 0.15 * rng.normal())),
    exposure: Math.exp(Math.log(0.05 + untrustedInput) + 0.5 * rng.normal()),
    hazard: 0,
  };
}
