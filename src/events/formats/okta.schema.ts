import { z } from 'zod';

const text = z.string().nullish();

const actorSchema = z.object({
  id: z.string(),
  type: z.string(),
  alternateId: text,
  displayName: text,
  detailEntry: z.record(z.string(), z.unknown()).nullish(),
});

/** An Okta System Log `LogEvent`; fields Bulwark does not read are left unchecked. */
export const logEventSchema = z.object({
  uuid: z.string().min(1),
  published: z.string(),
  eventType: z.string().min(1),
  severity: text,
  displayMessage: text,
  actor: actorSchema,
  client: z
    .object({
      ipAddress: text,
      zone: text,
      userAgent: z.object({ rawUserAgent: text }).nullish(),
      geographicalContext: z.object({ city: text, country: text }).nullish(),
    })
    .nullish(),
  outcome: z.object({ result: z.string(), reason: text }).nullish(),
  target: z.array(actorSchema).nullish(),
  transaction: z.object({ id: text, type: text }).nullish(),
  debugContext: z.object({ debugData: z.record(z.string(), z.unknown()).nullish() }).nullish(),
  authenticationContext: z
    .object({ externalSessionId: text, credentialType: text, credentialProvider: text })
    .nullish(),
  securityContext: z.object({ asOrg: text, isp: text, isProxy: z.boolean().nullish() }).nullish(),
});

export type LogEvent = z.infer<typeof logEventSchema>;
export type OktaActor = z.infer<typeof actorSchema>;
