import { expect, type Page } from '@playwright/test';
import { DEFAULT_SUPPLIER_SETTINGS, type DefaultRoleName } from '@syncar/contracts';
import { createDb, type Db, saveSupplierSettings } from '@syncar/db';

export const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run through the global setup`);
  return value;
};

export const userOf = (role: DefaultRoleName): { username: string; password: string } =>
  JSON.parse(env('E2E_USERS'))[role];

/**
 * The demo supplier's tab. Specs name it rather than rely on it being the first tab: other specs add suppliers,
 * and tabs are sorted by name.
 */
export const demoSupplierPage = () => `/suppliers?supplier=${env('E2E_DEMO_SUPPLIER_ID')}`;

/** Signs in through the login page, as a person would, and lands on `next` (the demo supplier's tab). */
export async function login(page: Page, role: DefaultRoleName, next = demoSupplierPage()) {
  const { username, password } = userOf(role);
  await page.goto(`${env('E2E_WEB_URL')}/login?next=${encodeURIComponent(next)}`);
  await page.locator('#login').fill(username);
  await page.locator('#password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[?]/g, '\\?')}`));
}

/** Runs `use` with a connection to the E2E platform's database. */
export async function withDb<T>(use: (db: Db) => Promise<T>): Promise<T> {
  const db = createDb({ connectionString: env('E2E_DATABASE_URL'), max: 1 });
  try {
    return await use(db);
  } finally {
    await db.destroy();
  }
}

/**
 * Paces the demo supplier's portal requests (null: back to the defaults). A test that must act while a run is
 * still going slows the run down this way, so the machine's speed cannot win the race.
 */
export function setDemoPace(requestsPerMinute: number | null) {
  return withDb((db) =>
    saveSupplierSettings(db, env('E2E_DEMO_SUPPLIER_ID'), {
      ...DEFAULT_SUPPLIER_SETTINGS,
      requestsPerMinute,
    }),
  );
}
