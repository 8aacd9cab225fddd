import { expect, type Page } from '@playwright/test';
import type { DefaultRoleName } from '@syncar/contracts';

export const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run through the global setup`);
  return value;
};

export const userOf = (role: DefaultRoleName): { username: string; password: string } =>
  JSON.parse(env('E2E_USERS'))[role];

/** Signs in through the login page, as a person would. */
export async function login(page: Page, role: DefaultRoleName, next = '/suppliers') {
  const { username, password } = userOf(role);
  await page.goto(`${env('E2E_WEB_URL')}/login?next=${encodeURIComponent(next)}`);
  await page.locator('#login').fill(username);
  await page.locator('#password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[?]/g, '\\?')}`));
}
