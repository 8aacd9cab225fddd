import { startTestPlatform } from '../tests/support/platform';

/** Starts the whole platform (with the production web build) once for the E2E suite; returns its teardown. */
export default async function globalSetup() {
  const platform = await startTestPlatform({
    workers: 1,
    web: true,
    sandbox: { slowMs: 800 },
    // The suite signs in some 40 times from one address in minutes; the limiter itself is tested elsewhere.
    apiEnv: { LOGIN_MAX_PER_IP: '1000', LOGIN_MAX_PER_ACCOUNT: '1000' },
    // Sorts after the demo supplier, so the first tab stays the demo portal.
    extraSuppliers: [
      { slug: 'locked-out', name: 'Repuestos Sur (clave vencida)', password: 'wrong-password' },
    ],
  });
  process.env.E2E_WEB_URL = platform.urls.web;
  process.env.E2E_API_URL = platform.urls.api;
  process.env.E2E_SANDBOX_URL = platform.urls.sandbox;
  process.env.E2E_DATABASE_URL = platform.database.url;
  process.env.E2E_STORAGE_DIR = platform.storageDir;
  process.env.E2E_DEMO_SUPPLIER_ID = platform.supplierIds.demo;
  process.env.E2E_LOCKED_OUT_SUPPLIER_ID = platform.supplierIds['locked-out'];
  process.env.E2E_USERS = JSON.stringify(platform.users);
  process.env.E2E_WEB_PID = String(platform.services.get('web')?.child.pid);
  console.log(`E2E platform up (logs in ${platform.logDir})`);
  return () => platform.dispose();
}
