/** The time source; services take it as a parameter so that tests and as-of scoring control it. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
