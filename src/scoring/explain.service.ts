import { explain, type Explanation } from '../risk/index.js';
import type { Queryable } from '../storage/db.js';
import { findAccess } from './access.repository.js';
import { confirmBursts } from './confirm.js';
import { modelFor } from './model.service.js';
import { findScore, type StoredScore } from './population.repository.js';
import { eventsOfIdentity } from './scoring-event.repository.js';

export interface IdentityRisk {
  score: StoredScore;
  explanation: Explanation;
}

/**
 * An identity's stored score and why: the factors, behaviours and events behind it with their
 * points, explained at the time the score was computed so that the two agree.
 */
export async function explainIdentity(
  db: Queryable,
  tenantId: string,
  identityId: string,
  topEvents = 20,
): Promise<IdentityRisk | undefined> {
  const score = await findScore(db, tenantId, identityId);
  if (!score) return undefined;
  const model = await modelFor(db, tenantId);
  const events = confirmBursts(await eventsOfIdentity(db, tenantId, identityId));
  const access = await findAccess(db, tenantId, identityId);
  const agents = await db.all<{ own_risk: number }>(
    `SELECT s.own_risk FROM identities i JOIN risk_scores s ON s.tenant_id = i.tenant_id AND s.identity_id = i.id
      WHERE i.tenant_id = ? AND i.owner_id = ? AND i.kind = 'agent'`,
    [tenantId, identityId],
  );
  const explanation = explain(model, events, score.computedAt, {
    ...(access ? { access } : {}),
    agentRisks: agents.map((a) => Number(a.own_risk)),
    topEvents,
  });
  return { score, explanation };
}
