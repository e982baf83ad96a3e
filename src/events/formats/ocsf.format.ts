import type { EventDraft } from '../event.js';
import type { InputFormat, Normalised } from './format.js';
import type { OcsfBase } from './ocsf.read.js';
import { baseSchema, ocsfSeverity } from './ocsf.read.js';
import { classifyOcsf } from './ocsf.rules.js';
import { joinPath, parseAt } from './problems.js';
import type { ItemResult } from './results.js';
import { combine, eventsOf, ignoredItem, problemItem } from './results.js';
import { compact, isoFromEpoch, isRecord } from './values.js';

/**
 * OCSF 1.x events of the classes Authentication (3002), Account Change (3001), Email Activity
 * (4009), Detection Finding (2004), Data Security Finding (2006) and Web Resources Activity
 * (6001); one event per record, or an array of them.
 */
export const ocsfFormat: InputFormat = {
  name: 'ocsf',
  encoding: 'json',
  normalise(record: unknown): Normalised {
    if (Array.isArray(record))
      return combine(
        record.map((r, i) => ocsfEvent(r, `[${i}]`)),
        'OCSF event',
      );
    return combine([ocsfEvent(record, '')], 'OCSF event');
  },
};

function ocsfEvent(value: unknown, path: string): ItemResult {
  const parsed = parseAt(baseSchema, value, path);
  if (!parsed.ok) return { kind: 'problems', problems: parsed.problems };
  const base = parsed.value;
  const record = value as Record<string, unknown>;
  if (!base.metadata.version.startsWith('1.'))
    return problemItem(
      joinPath(path, ['metadata', 'version']),
      `OCSF ${base.metadata.version} is not 1.x`,
    );
  if (base.type_uid != null && base.type_uid !== base.class_uid * 100 + base.activity_id)
    return problemItem(
      joinPath(path, ['type_uid']),
      `expected class_uid * 100 + activity_id = ${base.class_uid * 100 + base.activity_id}`,
    );
  const time = isoFromEpoch(base.time);
  if (time === undefined) return problemItem(joinPath(path, ['time']), 'is not an epoch time');
  const rule = classifyOcsf(base, record);
  if ('ignored' in rule) return ignoredItem(rule.ignored);
  if (rule.subjects.length === 0) return ignoredItem(`OCSF class ${base.class_uid}: names no user`);
  const many = rule.subjects.length > 1;
  return eventsOf(
    rule.subjects.map((subject) => draft(base, record, rule.type, subject, time, many)),
  );
}

function draft(
  base: OcsfBase,
  record: Record<string, unknown>,
  type: string,
  subject: string,
  time: string,
  many: boolean,
): EventDraft {
  const event: EventDraft = { source: 'ocsf', type, subject, time, details: details(base, record) };
  const uid = base.metadata.uid ?? findingUid(record);
  // An email to several people becomes one event each, keyed by the record and the person.
  if (uid) event.id = many ? `${uid}:${subject.toLowerCase()}` : uid;
  const severity = ocsfSeverity(base.severity_id);
  if (severity) event.severity = severity;
  return event;
}

function findingUid(record: Record<string, unknown>): string | undefined {
  const info = record.finding_info;
  return isRecord(info) && typeof info.uid === 'string' ? info.uid : undefined;
}

function details(base: OcsfBase, record: Record<string, unknown>): Record<string, unknown> {
  const info = isRecord(record.finding_info) ? record.finding_info : {};
  return compact({
    classUid: base.class_uid,
    activityId: base.activity_id,
    activityName: base.activity_name,
    product: base.metadata.product.name,
    vendor: base.metadata.product.vendor_name,
    ocsfVersion: base.metadata.version,
    message: base.message,
    statusDetail: base.status_detail,
    actionId: base.action_id,
    dispositionId: base.disposition_id,
    findingTitle: typeof info.title === 'string' ? info.title : undefined,
  });
}
