import { z } from 'zod';
import { runStatusSchema } from './events';
import { supplierIdSchema } from './suppliers';

export const IMPORT_KINDS = ['categories', 'products'] as const;
export const importKindSchema = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof importKindSchema>;

export const startImportInputSchema = z.discriminatedUnion('kind', [
  z.object({ supplierId: supplierIdSchema, kind: z.literal('categories') }),
  z.object({
    supplierId: supplierIdSchema,
    kind: z.literal('products'),
    /** The categories to sync; saved as the supplier's selection for next time. */
    categoryIds: z.array(z.uuid()).min(1, { error: 'Selecciona al menos una categoría' }).max(5_000),
  }),
]);
export type StartImportInput = z.infer<typeof startImportInputSchema>;

/** What a products run was asked to do, stored with the run. */
export const productsRunParamsSchema = z.object({ categoryIds: z.array(z.uuid()).min(1) });

/** What a run changed, once it has ended (or as far as it got). */
export const runStatsSchema = z.object({
  new: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  missing: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
});
export type RunStats = z.infer<typeof runStatsSchema>;

export const importRunSchema = z.object({
  id: z.uuid(),
  supplierId: z.uuid(),
  supplierName: z.string(),
  kind: importKindSchema,
  status: runStatusSchema,
  reason: z.string().nullable(),
  progressDone: z.number().int().nonnegative(),
  progressTotal: z.number().int().nonnegative().nullable(),
  stats: runStatsSchema.nullable(),
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
});
export type ImportRun = z.infer<typeof importRunSchema>;

export const runIdInputSchema = z.object({ runId: z.uuid({ error: 'La importación no es válida' }) });

export const listImportsInputSchema = z.object({
  supplierId: supplierIdSchema.optional(),
  /** Only queued and running runs (for the progress pills that follow the user). */
  activeOnly: z.boolean().default(false),
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

/** What a portal showed when a page of a run failed for good (listed without the content). */
export const runEvidenceSchema = z.object({
  id: z.uuid(),
  runId: z.uuid(),
  url: z.string(),
  error: z.string(),
  kind: z.enum(['html', 'screenshot']),
  byteSize: z.number().int().nonnegative(),
  /** HTML larger than the cap was cut: the start of the page is kept. */
  truncated: z.boolean(),
  createdAt: z.date(),
});
export type RunEvidence = z.infer<typeof runEvidenceSchema>;

export const evidenceIdInputSchema = z.object({ evidenceId: z.uuid({ error: 'La evidencia no es válida' }) });

/** One piece of evidence with its content: the HTML as text, a screenshot as a PNG data URL. */
export const runEvidenceContentSchema = runEvidenceSchema.extend({
  html: z.string().nullable(),
  screenshotDataUrl: z.string().nullable(),
});
export type RunEvidenceContent = z.infer<typeof runEvidenceContentSchema>;
