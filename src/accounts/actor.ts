/** Who is making a change and from where, as the audit log records it. */
export interface Actor {
  /** `user:<id>`, `token:<id>` or `cli`. */
  actor: string;
  ip: string | null;
}

export const cliActor: Actor = { actor: 'cli', ip: null };
