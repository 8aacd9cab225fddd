import type { JobName } from '@syncar/contracts';
import { syncCategories } from './sync-categories';
import { syncProducts } from './sync-products';
import type { Processor } from './types';

/** Every job the worker can run, by job name. A job name without a processor fails to compile. */
export const processors: { [N in JobName]: Processor<N> } = {
  'sync-categories': syncCategories,
  'sync-products': syncProducts,
};
