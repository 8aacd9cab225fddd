import { connectors, PortalStructureError } from '@syncar/connectors';
import { supplierCredentialsSchema } from '@syncar/contracts';
import { findRun, findSupplierConnection, readSupplierCredentials } from '@syncar/db';
import type { WorkerServices } from './types';

/** The run, its supplier, and a connector logged-in-ready for it (credentials decrypted only here). */
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
  });
  return { run, supplier, connector };
}
