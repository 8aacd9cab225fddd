import { Kysely, Migrator, PostgresDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Db } from './client';
import { migrateDown, migrateToLatest } from './migrate';
import { migrations } from './migrations';
import { findTokenPrincipal, insertApiToken, revokeApiToken, touchApiToken } from './queries/api-tokens';
import { findRoleByName, insertRole, insertUser } from './queries/users';
import { createTestDatabase, createTestDb, type TestDatabase } from './testing';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createTestDb(database);
});
afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

describe('api_tokens', () => {
  it('arrives in a database that already ran the migrations numbered after it', async () => {
    const scratch = await createTestDatabase('syncar_unordered');
    const raw = new Kysely<unknown>({
      dialect: new PostgresDialect({ pool: createPool({ connectionString: scratch.url, max: 1 }) }),
    });
    try {
      // Back to before 0009, then forward with every migration but 0009: the later ones run first.
      while (!(await migrateDown(scratch.url)).includes('Down 0009_api_tokens'));
      const { '0009_api_tokens': _later, ...without } = migrations;
      const result = await new Migrator({
        db: raw,
        provider: { getMigrations: async () => without },
      }).migrateToLatest();
      expect(result.error).toBeUndefined();
      expect(await migrateToLatest(scratch.url)).toEqual(['Up 0009_api_tokens']);
    } finally {
      await raw.destroy();
      await scratch.drop();
    }
  });

  it("gives a token only the permissions both in its scope and in its owner's role, while usable", async () => {
    const roleId = await insertRole(db, {
      name: 'Integración',
      description: '',
      permissions: ['catalog:read', 'imports:read'],
    });
    const userId = await insertUser(db, {
      username: 'erp',
      email: 'erp@syncar.test',
      displayName: 'ERP',
      roleId,
      passwordHash: 'x',
    });
    const token = await insertApiToken(db, {
      userId,
      name: 'erp',
      prefix: 'syncar_abcdefgh',
      secretHash: 'hash-1',
      permissions: ['catalog:read', 'imports:run'],
      expiresAt: null,
    });
    expect(token).toMatchObject({
      status: 'active',
      owner: { id: userId, username: 'erp' },
      lastUsedAt: null,
    });

    const principal = await findTokenPrincipal(db, 'hash-1');
    expect(principal).toMatchObject({ userId, apiTokenId: token.id, permissions: ['catalog:read'] });
    expect(await findTokenPrincipal(db, 'hash-2')).toBeNull();

    await touchApiToken(db, token.id, '10.0.0.7');
    const used = (await findTokenPrincipal(db, 'hash-1'))!.lastUsedAt;
    expect(used).toBeInstanceOf(Date);
    // Within the minute nothing is written again.
    await touchApiToken(db, token.id, '10.0.0.8');
    const again = await db
      .selectFrom('apiTokens')
      .select(['lastUsedAt', 'lastUsedIp'])
      .executeTakeFirstOrThrow();
    expect(again).toEqual({ lastUsedAt: used, lastUsedIp: '10.0.0.7' });

    const viewer = (await findRoleByName(db, 'Viewer'))!;
    await db.updateTable('users').set({ roleId: viewer.id }).where('id', '=', userId).execute();
    expect((await findTokenPrincipal(db, 'hash-1'))?.permissions).toEqual(['catalog:read']);
    await db.updateTable('users').set({ isActive: false }).where('id', '=', userId).execute();
    expect(await findTokenPrincipal(db, 'hash-1')).toBeNull();
    await db.updateTable('users').set({ isActive: true }).where('id', '=', userId).execute();

    expect(await revokeApiToken(db, token.id, userId)).toBe(true);
    expect(await revokeApiToken(db, token.id, userId)).toBe(false);
    expect(await findTokenPrincipal(db, 'hash-1')).toBeNull();
  });
});
