import type { Level } from '../risk/index.js';
import { levels } from '../risk/index.js';
import { atLeast } from './destination.js';
import type { Wants } from './drivers/driver.js';
import type { LevelDifference } from './risk-feed.repository.js';

/** What the feed does with one difference: tell the destination, or only record it. */
export interface FeedStep {
  identityId: string;
  previousLevel: Level | null;
  level: Level | null;
  meets: boolean;
  send: boolean;
}

/** The levels at or above a minimum. */
export function levelsFrom(min: Level): Level[] {
  return levels.filter((l) => atLeast(l, min));
}

/**
 * Decides, for each identity whose level or standing differs from what a destination was told,
 * whether to send it a change. A level change is sent when the level before or after meets the
 * minimum (moves among low levels below it are not the destination's business); for a receiver
 * that keeps a group, a change of standing alone (the minimum was changed) is sent too. Every
 * difference is recorded, sent or not, so that it is not considered again.
 */
export function feedSteps(
  differences: readonly LevelDifference[],
  min: Level,
  wants: Wants,
): FeedStep[] {
  return differences.map((d) => {
    const meets = atLeast(d.level, min);
    const levelMoved = d.level !== d.told;
    const standingMoved = d.told !== null && d.toldMeets !== meets;
    const send = (levelMoved && (d.toldMeets || meets)) || (wants.membership && standingMoved);
    return { identityId: d.identityId, previousLevel: d.told, level: d.level, meets, send };
  });
}
