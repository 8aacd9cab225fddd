import type { SandboxSettings } from './stack/platform';

/** The demo supplier portal's own login (a fake portal's credentials, not SYNCAR's). */
export const DEMO_SANDBOX: SandboxSettings = {
  seed: 42,
  products: 5_000,
  rut: '76.543.210-3',
  user: 'demo',
  password: 'demo-portal',
};

export const demoSupplier = (baseUrl: string, sandbox: SandboxSettings = DEMO_SANDBOX) => ({
  slug: 'demo',
  name: 'Repuestos Demo',
  baseUrl,
  credentials: { rut: sandbox.rut, username: sandbox.user, password: sandbox.password },
});
