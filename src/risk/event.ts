import type { Severity } from '../catalog/behaviour.js';
import { AppError, type FieldProblem } from '../shared/errors.js';
import type { Model } from './model.js';

/**
 * What the risk engine needs of an event. A `StoredEvent` (src/events/event.ts) satisfies it:
 * `time` in epoch milliseconds, `type` a behaviour of the catalogue.
 */
export interface ScoringEvent {
  time: number;
  type: string;
  severity?: Severity | null;
  details?: Readonly<Record<string, unknown>>;
  eventId?: string;
}

/** The behaviour number of a type, or an UNKNOWN_BEHAVIOUR error naming the field. */
export function behaviourIndex(model: Model, type: string, path = 'type'): number {
  const index = model.indexOf.get(type);
  if (index !== undefined) return index;
  throw new AppError('UNKNOWN_BEHAVIOUR', `${path}: unknown behaviour type "${type}"`, [
    { path, message: `unknown behaviour type "${type}"` },
  ]);
}

/**
 * The multiplier on a behaviour's weight for one event: its severity, and zero for a click, open
 * or submission that the sender's pipeline flagged as a mail scanner's (`details.automated`).
 */
export function eventScale(model: Model, index: number, event: ScoringEvent): number {
  if (model.scannerProne[index] === 1 && event.details?.automated === true) return 0;
  const severity = event.severity ?? 'medium';
  return model.params.severityMultiplier[severity];
}

/** The points an event carries at full strength, before decay and caps. */
export function eventPoints(model: Model, index: number, event: ScoringEvent): number {
  return (model.weight[index] ?? 0) * eventScale(model, index, event);
}

/**
 * Checks that every event has a known type and a finite time, reporting all problems with their
 * position (`events[3].type`), so that a batch is applied whole or not at all.
 */
export function checkEvents(model: Model, events: readonly ScoringEvent[], path = 'events'): void {
  const problems: FieldProblem[] = [];
  events.forEach((event, i) => {
    if (!model.indexOf.has(event.type))
      problems.push({
        path: `${path}[${i}].type`,
        message: `unknown behaviour type "${event.type}"`,
      });
    if (!Number.isFinite(event.time))
      problems.push({ path: `${path}[${i}].time`, message: 'must be epoch milliseconds' });
  });
  if (problems.length === 0) return;
  const code = problems.some((p) => p.path.endsWith('.type'))
    ? 'UNKNOWN_BEHAVIOUR'
    : 'VALIDATION_FAILED';
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  throw new AppError(code, `${first?.path}: ${first?.message}${more}`, problems);
}
