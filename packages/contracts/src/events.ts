import { z } from 'zod';

export const RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export const runStatusSchema = z.enum(RUN_STATUSES);
export type RunStatus = z.infer<typeof runStatusSchema>;
export const FINAL_RUN_STATUSES: readonly RunStatus[] = ['succeeded', 'failed', 'cancelled'];
export const isFinalRunStatus = (status: RunStatus) => FINAL_RUN_STATUSES.includes(status);

/** What happened in a run. Stored in PostgreSQL and published on Redis in this one shape. */
export const runEventDataSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('status'),
    status: runStatusSchema,
    reason: z.string().nullable(),
  }),
  z.object({
    type: z.literal('progress'),
    step: z.string(),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative().nullable(),
    /** In a products run: the category being walked (1-based index). */
    category: z
      .object({ index: z.number().int().positive(), count: z.number().int().positive(), name: z.string() })
      .optional(),
  }),
  z.object({
    type: z.literal('log'),
    level: z.enum(['info', 'warn', 'error']),
    message: z.string(),
  }),
]);
export type RunEventData = z.infer<typeof runEventDataSchema>;

export const runEventSchema = z.object({
  runId: z.uuid(),
  /** 1, 2, 3... per run, without gaps: a subscriber that sees a gap knows it missed something. */
  seq: z.number().int().positive(),
  at: z.coerce.date(),
  data: runEventDataSchema,
});
export type RunEvent = z.infer<typeof runEventSchema>;
