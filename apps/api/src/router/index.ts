import { router } from '../trpc';
import { auditRouter } from './audit';
import { authRouter } from './auth';
import { partsRouter } from './catalog-products';
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
  parts: partsRouter,
});

export type AppRouter = typeof appRouter;
