import { createLogger, env, loadConfigOrExit } from '@syncar/runtime';
import { z } from 'zod';
import { MAX_CATEGORIES, MAX_DAY, MAX_PRODUCTS } from './catalog';
import type { FaultOptions } from './faults';
import { isValidRut } from './rut';
import { startSandbox } from './server';

const config = loadConfigOrExit(
  z.object({
    SANDBOX_PORT: env.port(4100),
    SANDBOX_HOST: z.string().min(1).default('127.0.0.1'),
    SANDBOX_SEED: z.coerce.number().int().default(42),
    SANDBOX_PRODUCTS: z.coerce.number().int().min(1).max(MAX_PRODUCTS).default(5000),
    SANDBOX_CATEGORIES: z.coerce.number().int().min(1).max(MAX_CATEGORIES).optional(),
    SANDBOX_DAY: z.coerce.number().int().min(0).max(MAX_DAY).default(0),
    // The fake portal's own demo login, not SYNCAR's.
    SANDBOX_RUT: z
      .string()
      .refine(isValidRut, 'must be a valid RUT such as 76.543.210-3')
      .default('76.543.210-3'),
    SANDBOX_USER: z.string().min(1).default('demo'),
    SANDBOX_PASSWORD: z.string().min(1).default('demo-portal'),
    // Fault injection (see FaultOptions); all off unless set.
    SANDBOX_SLOW_MS: z.coerce.number().int().min(0).optional(),
    SANDBOX_ERROR_RATE: z.coerce.number().min(0).max(1).optional(),
    SANDBOX_RATE_LIMIT_EVERY: z.coerce.number().int().min(1).optional(),
    SANDBOX_TRUNCATE_RATE: z.coerce.number().min(0).max(1).optional(),
    SANDBOX_SESSION_MAX_REQUESTS: z.coerce.number().int().min(1).optional(),
    SANDBOX_REDESIGNED_PATHS: env.list(),
    LOG_LEVEL: env.logLevel(),
  }),
  'supplier-sandbox',
);

const logger = createLogger('supplier-sandbox', config.LOG_LEVEL);
const faults: FaultOptions = {
  slowMs: config.SANDBOX_SLOW_MS,
  errorRate: config.SANDBOX_ERROR_RATE,
  rateLimitEvery: config.SANDBOX_RATE_LIMIT_EVERY,
  truncateRate: config.SANDBOX_TRUNCATE_RATE,
  sessionMaxRequests: config.SANDBOX_SESSION_MAX_REQUESTS,
  redesignedPaths: config.SANDBOX_REDESIGNED_PATHS,
};
const sandbox = await startSandbox({
  port: config.SANDBOX_PORT,
  host: config.SANDBOX_HOST,
  seed: config.SANDBOX_SEED,
  products: config.SANDBOX_PRODUCTS,
  categories: config.SANDBOX_CATEGORIES,
  day: config.SANDBOX_DAY,
  credentials: { rut: config.SANDBOX_RUT, user: config.SANDBOX_USER, password: config.SANDBOX_PASSWORD },
  faults,
  logger,
}).catch((error: unknown) => {
  logger.fatal({ err: error }, 'supplier sandbox failed to start');
  process.exit(1);
});
logger.info(
  {
    url: sandbox.url,
    seed: config.SANDBOX_SEED,
    products: config.SANDBOX_PRODUCTS,
    day: config.SANDBOX_DAY,
    faults,
  },
  'supplier sandbox listening',
);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'supplier sandbox stopping');
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'supplier sandbox failed to close');
        process.exit(1);
      },
    );
  });
}
