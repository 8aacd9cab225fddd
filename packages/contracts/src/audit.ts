import { z } from 'zod';

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.date(),
  actorId: z.uuid().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const listAuditInputSchema = z.object({
  action: z.string().trim().max(100).optional(),
  actorId: z.uuid().optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  limit: z.number().int().min(1).max(200).default(50),
  /** Keyset cursor: the id of the last entry of the previous page. */
  cursor: z.number().int().positive().nullish(),
});
export const listAuditOutputSchema = z.object({
  items: z.array(auditEntrySchema),
  nextCursor: z.number().int().nullable(),
});
