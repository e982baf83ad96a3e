import { severities, type Severity } from '../catalog/behaviour.js';
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

/** Every problem with one event, each with its path under `path`. */
export function eventProblems(model: Model, event: ScoringEvent, path: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!model.indexOf.has(event.type))
    problems.push({ path: `${path}type`, message: `unknown behaviour type "${event.type}"` });
  if (!Number.isFinite(event.time))
    problems.push({ path: `${path}time`, message: 'must be epoch milliseconds' });
  const severity = event.severity;
  if (severity != null && !(severities as readonly string[]).includes(severity))
    problems.push({
      path: `${path}severity`,
      message: `must be one of ${severities.join(', ')}, got ${JSON.stringify(severity)}`,
    });
  return problems;
}

/**
 * Checks that every event has a known type, a finite time and a known severity, reporting all
 * problems with their position (`events[3].type`), so that a batch is applied whole or not at all.
 */
export function checkEvents(model: Model, events: readonly ScoringEvent[], path = 'events'): void {
  const problems: FieldProblem[] = [];
  events.forEach((event, i) => {
    if (!isValid(model, event)) problems.push(...eventProblems(model, event, `${path}[${i}].`));
  });
  if (problems.length > 0) throw eventError(problems);
}

/** The quick check of the hot path; `eventProblems` says what is wrong. */
export function isValid(model: Model, event: ScoringEvent): boolean {
  const severity = event.severity;
  return (
    model.indexOf.has(event.type) &&
    Number.isFinite(event.time) &&
    (severity == null || (severities as readonly string[]).includes(severity))
  );
}

/** UNKNOWN_BEHAVIOUR when a type is unknown, else VALIDATION_FAILED; lists every problem. */
export function eventError(problems: FieldProblem[]): AppError {
  const code = problems.some((p) => p.path.endsWith('type'))
    ? 'UNKNOWN_BEHAVIOUR'
    : 'VALIDATION_FAILED';
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new AppError(code, `${first?.path}: ${first?.message}${more}`, problems);
}
