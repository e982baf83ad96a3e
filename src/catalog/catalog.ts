import type { Behaviour } from './behaviour.js';
import { WEIGHT_MAX, WEIGHT_MIN } from './behaviour.js';
import { builtInBehaviours } from './behaviours.js';

/** A tenant's view of the catalogue: the built-in behaviours with its weight overrides applied. */
export class Catalog {
  private readonly byType: ReadonlyMap<string, Behaviour>;

  constructor(
    behaviours: readonly Behaviour[] = builtInBehaviours,
    overrides: Readonly<Record<string, number>> = {},
  ) {
    this.byType = new Map(
      behaviours.map((b) => [
        b.type,
        b.type in overrides ? { ...b, weight: overrides[b.type] ?? b.weight } : b,
      ]),
    );
  }

  get(type: string): Behaviour | undefined {
    return this.byType.get(type);
  }

  has(type: string): boolean {
    return this.byType.has(type);
  }

  list(): Behaviour[] {
    return [...this.byType.values()];
  }
}

/** Checks weight overrides and returns every problem with the behaviour it names. */
export function overrideProblems(
  overrides: Readonly<Record<string, number>>,
  catalog: Catalog,
): string[] {
  const problems: string[] = [];
  for (const [type, weight] of Object.entries(overrides)) {
    if (!catalog.has(type)) problems.push(`${type}: unknown behaviour type`);
    else if (!Number.isFinite(weight) || weight < WEIGHT_MIN || weight > WEIGHT_MAX)
      problems.push(
        `${type}: weight must be between ${WEIGHT_MIN} and ${WEIGHT_MAX}, got ${weight}`,
      );
  }
  return problems;
}

export const defaultCatalog = new Catalog();
