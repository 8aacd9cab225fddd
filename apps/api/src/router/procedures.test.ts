import { PERMISSIONS } from '@syncar/contracts';
import { describe, expect, it } from 'vitest';
import { appRouter } from './index';

/** Procedures anyone may call. A new entry here is a security decision: review it. */
const PUBLIC = ['auth.login', 'auth.refresh'];

describe('appRouter', () => {
  const procedures = Object.entries(appRouter._def.procedures).map(([path, procedure]) => ({
    path,
    access: (procedure as unknown as { _def: { meta?: { access?: string } } })._def.meta?.access,
  }));

  it('gives every procedure its access rule through the one procedure builder', () => {
    expect(procedures.length).toBeGreaterThan(0);
    for (const { path, access } of procedures) {
      expect([...PERMISSIONS, 'authenticated', 'public'], `${path} declares no valid access rule`).toContain(
        access,
      );
    }
  });

  it('keeps the list of public procedures to the reviewed ones', () => {
    expect(procedures.filter((p) => p.access === 'public').map((p) => p.path)).toEqual(PUBLIC);
  });
});
