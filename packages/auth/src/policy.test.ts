import type { Permission } from '@syncar/contracts';
import { describe, expect, it } from 'vitest';
import { type Actor, canGrant, canManageUser } from './policy';

const actor = (permissions: Permission[], isSuperAdmin = false): Actor => ({
  userId: 'me',
  isSuperAdmin,
  permissions,
});

describe('canGrant', () => {
  it('allows granting a subset of what one holds', () => {
    expect(
      canGrant(actor(['users:manage', 'catalog:read']), {
        isSuperAdmin: false,
        permissions: ['catalog:read'],
      }),
    ).toBeNull();
  });
  it('refuses permissions one does not hold', () => {
    expect(canGrant(actor(['users:manage']), { isSuperAdmin: false, permissions: ['imports:run'] })).toBe(
      'No puedes otorgar permisos que no tienes',
    );
  });
  it('keeps the Super Admin role to Super Admins', () => {
    const all: Permission[] = ['users:manage', 'catalog:read'];
    expect(canGrant(actor(all), { isSuperAdmin: true, permissions: all })).toMatch(/Solo un Super Admin/);
    expect(canGrant(actor(all, true), { isSuperAdmin: true, permissions: all })).toBeNull();
  });
});

describe('canManageUser', () => {
  it('refuses changing one’s own role or active flag, but not one’s other fields', () => {
    const me = actor(['users:manage']);
    expect(canManageUser(me, { id: 'me', isSuperAdmin: false }, { role: true })).toMatch(/propio rol/);
    expect(canManageUser(me, { id: 'me', isSuperAdmin: false }, { active: true })).toMatch(/propio rol/);
    expect(canManageUser(me, { id: 'me', isSuperAdmin: false }, {})).toBeNull();
  });
  it('leaves Super Admins to Super Admins', () => {
    expect(canManageUser(actor(['users:manage']), { id: 'other', isSuperAdmin: true }, {})).toMatch(
      /Solo un Super Admin/,
    );
    expect(
      canManageUser(actor(['users:manage'], true), { id: 'other', isSuperAdmin: true }, { active: true }),
    ).toBeNull();
  });
});
