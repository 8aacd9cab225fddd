import { router } from '../trpc';
import { apiTokensRouter } from './api-tokens';
import { auditRouter } from './audit';
import { authRouter } from './auth';
import { catalogRouter } from './catalog';
import { catalogAdminRouter } from './catalog-admin';
import { partsRouter } from './catalog-products';
import { dashboardRouter } from './dashboard';
import { exportsRouter } from './exports';
import { importsRouter } from './imports';
import { rolesRouter } from './roles';
import { suppliersRouter } from './suppliers';
import { usersRouter } from './users';

export const appRouter = router({
  auth: authRouter,
  users: usersRouter,
  roles: rolesRouter,
  audit: auditRouter,
  suppliers: suppliersRouter,
  imports: importsRouter,
  exports: exportsRouter,
  dashboard: dashboardRouter,
  catalogAdmin: catalogAdminRouter,
  parts: partsRouter,
  catalog: catalogRouter,
  apiTokens: apiTokensRouter,
});

export type AppRouter = typeof appRouter;
