/**
 * The parameters of the demo's generative story (docs/demo.md explains each). Rates are per
 * identity per day at exposure 1; probabilities are per opportunity. They are assumptions of this
 * demo, set so that the organisation looks plausible against published figures (simulation click
 * rates in the NIST Phish Scale bands, a heavy-tailed spread of risk in which a small share of
 * people causes most of it), not fitted to any real organisation. docs/demo.md names the sources.
 */
export const parameters = {
  /** Commodity malicious mail sent to a person per day, before the gateway. */
  commodityMailPerDay: 0.08,
  /** Share of commodity malicious mail the gateway blocks. */
  commodityBlocked: 0.93,
  /** Share of clicks on delivered commodity lures that URL rewriting lets through. */
  commodityClickPermitted: 0.1,
  /** Targeted campaign: starts at this fraction of the period and reaches full strength after… */
  campaignStart: 0.7,
  /** …this further fraction of the period. */
  campaignRamp: 0.08,
  /** Campaign mail per person per day at full strength (exposure 1). */
  campaignMailPerDay: 0.08,
  /** New infrastructure: the gateway knows less of it… */
  campaignBlocked: 0.6,
  /** …and URL rewriting lets more clicks through. */
  campaignClickPermitted: 0.75,
  /** AI-written, well-researched lures: how much likelier a click is than on commodity mail. */
  campaignLureStrength: 1.6,
  /** Spam-only messages per person per day (noise the normaliser should ignore). */
  spamPerDay: 0.03,
  /** Click on a delivered real lure, per unit of effective susceptibility. */
  realClick: 0.45,
  /** Credentials typed on a real phishing page after a permitted click: base + per susceptibility. */
  submitBase: 0.2,
  submitPerSusceptibility: 0.6,
  /** …times (1 − this × diligence): careful people check the address before typing. */
  submitNoticedPerDiligence: 0.5,
  /** Opening a malicious attachment: base + per susceptibility. */
  openBase: 0.02,
  openPerSusceptibility: 0.35,
  /** EDR prevents an execution: base + per diligence (patched, hardened devices). */
  preventBase: 0.7,
  preventPerDiligence: 0.25,
  /** Replying to an impostor (BEC) message, per susceptibility; ×1.5 with financial authority. */
  becEngage: 0.4,
  /** Reporting a real lure that was not clicked: base + per diligence. */
  reportBase: 0.03,
  reportPerDiligence: 0.45,
  /** Account takeover after credentials were typed, when MFA does not stop it: ×(1 − 0.7 d). */
  takeoverAfterSubmit: 0.5,
  /** Credentials exposed in third-party breaches per day: × exposure × (1.5 − diligence). */
  leakedCredentialsPerDay: 0.0012,
  /** MFA-fatigue attempts per day while an attacker holds a password: base + campaign share. */
  fatigueAttemptBase: 0.1,
  fatigueAttemptCampaign: 0.3,
  /** Approving a fatigue push: base + susceptibility × (1 − diligence) × this. */
  pushApproveBase: 0.03,
  pushApprovePerCarelessness: 0.5,
  /** Password reset per day once an exposure is known: base + per diligence. */
  resetBase: 0.05,
  resetPerDiligence: 0.35,
  /** Password-spray attempts reaching a person per day (× exposure, × 1 + 2 campaign ramp). */
  sprayPerDay: 0.006,
  /** Data-loss-prevention matches per day: × data handling × (1.2 − diligence)². */
  dlpPerDay: 0.03,
  /** Confirmed data leak per day: × data handling × (1 − diligence)² × (0.5 + access). */
  leakPerDay: 0.0004,
  /** Visits to a malicious site per day: × (susceptibility + 0.5 (1 − diligence)). */
  maliciousSitePerDay: 0.006,
  /** A visit the web gateway let through that drops a payload the EDR then sees. */
  driveByDownload: 0.5,
  /** How much a completed training lowers susceptibility right after it, decaying over… */
  trainingEffect: 0.3,
  /** …this many days (e-folding). KnowBe4's 2025 benchmark reports −40 % click rate 90 days
   *  after training; the UCSD Health trial (IEEE S&P 2025) found far smaller effects; 0.3 fading
   *  over 90 days sits between. */
  trainingEffectDays: 90,
} as const;

export type Parameters = typeof parameters;
