import { type Connector, connectors, PortalStructureError } from '@syncar/connectors';
import { type RunEventData, supplierCredentialsSchema } from '@syncar/contracts';
import {
  findRun,
  findSupplierConnection,
  readPortalSession,
  readSupplierCredentials,
  savePortalSession,
} from '@syncar/db';
import { z } from 'zod';
import type { WorkerServices } from './types';

const savedCookiesSchema = z.array(
  z.object({
    name: z.string(),
    value: z.string(),
    path: z.string().optional(),
    expires: z.number().optional(),
    secure: z.boolean().optional(),
  }),
);

/** The run, its supplier, and a connector ready for it (credentials decrypted only here). */
export async function openSupplier(services: WorkerServices, runId: string) {
  const run = await findRun(services.db, runId);
  if (!run) throw new Error(`run ${runId} does not exist`);
  const supplier = await findSupplierConnection(services.db, run.supplierId);
  if (!supplier) throw new Error(`supplier ${run.supplierId} does not exist`);
  const sealed = await readSupplierCredentials(services.db, run.supplierId);
  if (!sealed) throw new PortalStructureError('the supplier has no credentials configured');
  const credentials = supplierCredentialsSchema.parse(services.secrets.openJson(sealed));
  const connector = connectors[supplier.connector]({
    baseUrl: supplier.baseUrl,
    credentials,
    browser: services.browser,
    ignoreTlsErrors: supplier.ignoreTlsErrors,
    throttle: services.throttle(supplier.id, supplier.requestsPerMinute),
  });
  return { run, supplier, connector };
}

async function savedSession(services: WorkerServices, supplierId: string) {
  const sealed = await readPortalSession(services.db, supplierId);
  if (!sealed) return null;
  try {
    return savedCookiesSchema.parse(services.secrets.openJson(sealed));
  } catch {
    return null; // sealed under a retired key, or not cookies: log in afresh
  }
}

/** Keeps the portal session's cookies, sealed, for the next run. */
export async function keepSession(services: WorkerServices, supplierId: string, connector: Connector) {
  await savePortalSession(services.db, supplierId, services.secrets.sealJson(connector.sessionCookies()));
}

/**
 * Reuses the portal session of an earlier run when the portal still accepts it, else logs in; either way the
 * session is kept for the next run. Logging in is what portals watch and rate-limit, so it is done only when
 * needed.
 */
export async function logIn(
  services: WorkerServices,
  supplier: { id: string; baseUrl: string },
  connector: Connector,
  signal: AbortSignal,
  report: (data: RunEventData) => Promise<void>,
) {
  const { reusedSession } = await connector.login(signal, await savedSession(services, supplier.id));
  await report({
    type: 'log',
    level: 'info',
    message: reusedSession ? 'reused the saved portal session' : `logged in to ${supplier.baseUrl}`,
  });
  await keepSession(services, supplier.id, connector);
}
