import { listAuditInputSchema, listAuditOutputSchema } from '@syncar/contracts';
import { listAudit } from '@syncar/db';
import { procedure, router } from '../trpc';

export const auditRouter = router({
  list: procedure('audit:read')
    .input(listAuditInputSchema)
    .output(listAuditOutputSchema)
    .query(({ ctx, input }) => listAudit(ctx.db, input)),
});
