import { z } from 'zod';
import { runStatusSchema } from './events';
import { supplierIdSchema } from './suppliers';

export const IMPORT_KINDS = ['categories'] as const;
export const importKindSchema = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof importKindSchema>;

export const startImportInputSchema = z.object({
  supplierId: supplierIdSchema,
  kind: importKindSchema,
});
export type StartImportInput = z.infer<typeof startImportInputSchema>;

export const importRunSchema = z.object({
  id: z.uuid(),
  supplierId: z.uuid(),
  supplierName: z.string(),
  kind: importKindSchema,
  status: runStatusSchema,
  reason: z.string().nullable(),
  progressDone: z.number().int().nonnegative(),
  progressTotal: z.number().int().nonnegative().nullable(),
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
});
export type ImportRun = z.infer<typeof importRunSchema>;

export const runIdInputSchema = z.object({ runId: z.uuid({ error: 'La importación no es válida' }) });

export const listImportsInputSchema = z.object({
  supplierId: supplierIdSchema.optional(),
  limit: z.number().int().min(1).max(100).default(20),
  /** Keyset cursor: the id of the last run of the previous page. */
  cursor: z.uuid().nullish(),
});
export type ListImportsInput = z.infer<typeof listImportsInputSchema>;

export const listImportsOutputSchema = z.object({
  items: z.array(importRunSchema),
  nextCursor: z.uuid().nullable(),
});

export const runEventsInputSchema = z.object({
  runId: z.uuid({ error: 'La importación no es válida' }),
  /** Set by the tRPC client on reconnect: the seq of the last event it received. */
  lastEventId: z.string().regex(/^\d+$/).nullish(),
});
