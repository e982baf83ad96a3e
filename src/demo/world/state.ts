/**
 * What the simulation remembers about each identity from one day to the next, in typed arrays so
 * that memory stays a few dozen bytes per identity however long the period is.
 */
export class PersonState {
  /** Day of the last completed training (−Infinity: none). */
  readonly lastTraining: Float64Array;
  /** 1 while an attacker holds a working password of this identity. */
  readonly passwordHeld: Uint8Array;
  /** Identity Protection's current user risk: 0 none, 1 low, 2 medium, 3 high. */
  readonly riskLevel: Uint8Array;
  /** Proofpoint attack index gathered in the current People API window, by threat family. */
  readonly attackPhish: Float64Array;
  readonly attackMalware: Float64Array;
  readonly attackImpostor: Float64Array;
  /** KnowBe4 phishing tests received and failed, for the phish-prone percentage. */
  readonly testsReceived: Uint16Array;
  readonly testsFailed: Uint16Array;

  constructor(size: number) {
    this.lastTraining = new Float64Array(size).fill(-Infinity);
    this.passwordHeld = new Uint8Array(size);
    this.riskLevel = new Uint8Array(size);
    this.attackPhish = new Float64Array(size);
    this.attackMalware = new Float64Array(size);
    this.attackImpostor = new Float64Array(size);
    this.testsReceived = new Uint16Array(size);
    this.testsFailed = new Uint16Array(size);
  }

  attackIndex(i: number): number {
    return (
      (this.attackPhish[i] ?? 0) + (this.attackMalware[i] ?? 0) + (this.attackImpostor[i] ?? 0)
    );
  }

  resetAttackIndex(): void {
    this.attackPhish.fill(0);
    this.attackMalware.fill(0);
    this.attackImpostor.fill(0);
  }
}
