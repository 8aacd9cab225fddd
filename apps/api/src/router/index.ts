import { router } from '../trpc';
import { importsRouter } from './imports';
import { suppliersRouter } from './suppliers';

export const appRouter = router({
  suppliers: suppliersRouter,
  imports: importsRouter,
});

export type AppRouter = typeof appRouter;
