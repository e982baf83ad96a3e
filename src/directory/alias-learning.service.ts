import type { Db } from '../storage/db.js';
import type { Alias } from './alias.repository.js';
import { resolveAliases } from './alias.repository.js';
import { holdAliases, releaseHeldAliases } from './held-alias.repository.js';
import { addLearnedAliases, linkEventsByAliases } from './learned-alias.repository.js';

/** What a source says about one person: the names the directory may know, and its own ids. */
export interface PersonFacts {
  /** Email, login or UPN: names by which the directory may already know the person. */
  anchors: string[];
  /** The source's names for the person (object ids, UPN, account names) to add as aliases. */
  aliases: Alias[];
}

export interface LearnResult {
  /** People the directory knew by one of their anchors. */
  matched: number;
  /** People it did not know: their aliases are held until it does. */
  held: number;
  aliasesAdded: number;
  linkedEvents: number;
}

const CHUNK = 200;

/**
 * Records what a source (Okta, Entra, KnowBe4) says about people. For a person the directory
 * knows, the source's ids become aliases of the identity and events that waited for them are
 * linked; for one it does not know, the aliases are held and applied when the directory learns
 * one of the person's anchors (`linkWaitingEvents`).
 */
export async function learnAliases(
  db: Db,
  tenantId: string,
  source: string,
  people: readonly PersonFacts[],
  now: number,
): Promise<LearnResult> {
  const result: LearnResult = { matched: 0, held: 0, aliasesAdded: 0, linkedEvents: 0 };
  for (let i = 0; i < people.length; i += CHUNK) {
    const chunk = people.slice(i, i + CHUNK);
    const anchorsLc = [...new Set(chunk.flatMap((p) => p.anchors.map((a) => a.toLowerCase())))];
    const known = await resolveAliases(db, tenantId, anchorsLc);
    await db.transaction(async (tx) => {
      for (const person of chunk) {
        const identityId = person.anchors
          .map((a) => known.get(a.toLowerCase()))
          .find((id) => id !== undefined);
        const aliases = person.aliases.filter((a) => a.alias.trim() !== '');
        if (identityId === undefined) {
          result.held++;
          await holdAliases(tx, tenantId, source, person.anchors, aliases, now);
          continue;
        }
        result.matched++;
        const added = await addLearnedAliases(tx, tenantId, identityId, aliases);
        await releaseHeldAliases(
          tx,
          tenantId,
          aliases.map((a) => a.alias.toLowerCase()),
        );
        result.aliasesAdded += added.length;
        result.linkedEvents += await linkEventsByAliases(tx, tenantId, identityId, added);
      }
    });
  }
  return result;
}
