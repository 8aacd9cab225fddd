import { PERMISSIONS } from '@syncar/contracts';
import { describe, expect, it } from 'vitest';
import { appRouter } from './index';

describe('appRouter', () => {
  it('gives every procedure a permission through the one procedure builder', () => {
    const procedures = Object.entries(appRouter._def.procedures);
    expect(procedures.length).toBeGreaterThan(0);
    for (const [path, procedure] of procedures) {
      const meta = (procedure as unknown as { _def: { meta?: { permission?: string } } })._def.meta;
      expect(PERMISSIONS, `${path} has no valid permission`).toContain(meta?.permission);
    }
  });
});
