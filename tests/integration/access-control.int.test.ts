import { randomUUID } from 'node:crypto';
import {
  type ApiServices,
  apiConfigSchema,
  appRouter,
  type Context,
  createApi,
  createCallerFactory,
} from '@syncar/api';
import { DEFAULT_ROLES, type DefaultRoleName } from '@syncar/contracts';
import { createDb, createRun, type Db, findRoleByName, insertSession, listAudit } from '@syncar/db';
import { createTestDatabase, type TestDatabase } from '@syncar/db/testing';
import { generateSecretsKey, loadConfig } from '@syncar/runtime';
import { TRPCClientError } from '@trpc/client';
import { TRPCError } from '@trpc/server';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoSuppliers } from '../../scripts/stack/seed';
import { deleteRedisKeys } from '../support/platform';
import { createApiClient } from '../support/trpc-client';
import { type RoleUsers, seedRoleUsers } from '../support/users';

const WEB_ORIGIN = 'http://web.syncar.test';
let database: TestDatabase;
let db: Db;
let api: Awaited<ReturnType<typeof createApi>>;
let users: RoleUsers;
let demoId: string;
const authSecret = generateSecretsKey();
const redisPrefix = `syncar-test-acl-${process.pid}-${Date.now().toString(36)}`;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDb({ connectionString: database.url, max: 2 });
  users = await seedRoleUsers(database.url);
  ({ demo: demoId } = (await seedDemoSuppliers(database.url, generateSecretsKey(), [
    {
      slug: 'demo',
      name: 'Demo',
      baseUrl: 'http://127.0.0.1:9',
      credentials: { rut: '76.543.210-3', username: 'u', password: 'p' },
    },
  ])) as { demo: string });
  const config = loadConfig(apiConfigSchema, {
    DATABASE_URL: database.url,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: redisPrefix,
    API_PORT: '0',
    WEB_ORIGINS: WEB_ORIGIN,
    AUTH_SECRET: authSecret,
    SECRETS_KEY: generateSecretsKey(),
    LOGIN_MAX_PER_ACCOUNT: '5',
    LOG_LEVEL: 'silent',
  });
  api = await createApi(config);
}, 60_000);

afterAll(async () => {
  await api?.stop();
  await db?.destroy();
  await database?.drop();
  await deleteRedisKeys(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', redisPrefix);
});

async function signedIn(role: DefaultRoleName) {
  const client = createApiClient(api.url, 'sse', WEB_ORIGIN);
  await client.login(users[role].username, users[role].password);
  return client;
}

const codeOf = (error: unknown) =>
  error instanceof TRPCClientError ? (error.data as { code?: string } | undefined)?.code : undefined;

async function expectCode(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(codeOf(error), String(error)).toBe(code);
  return error as TRPCClientError<never>;
}

describe('the permission matrix, generated from the router', () => {
  const procedures = Object.entries(appRouter._def.procedures).map(([path, procedure]) => {
    const def = (procedure as unknown as { _def: { type: string; meta: { access: string } } })._def;
    return { path, type: def.type, access: def.meta.access };
  });

  async function contextFor(role: DefaultRoleName | 'anonymous'): Promise<Context> {
    let claims = null;
    if (role !== 'anonymous') {
      const user = await db
        .selectFrom('users')
        .select('id')
        .where('username', '=', users[role].username)
        .executeTakeFirstOrThrow();
      const sessionId = await insertSession(db, {
        userId: user.id,
        familyId: randomUUID(),
        refreshTokenHash: randomUUID(),
        expiresAt: new Date(Date.now() + 3600_000),
        ip: null,
        userAgent: null,
      });
      claims = { userId: user.id, sessionId };
    }
    const services: ApiServices = api.services;
    return {
      ...services,
      requestId: 'matrix',
      client: { ip: '127.0.0.1', userAgent: 'matrix', origin: null },
      transport: 'http',
      claims,
      refreshToken: undefined,
      setCookies: [],
      principal: null,
    };
  }

  async function call(caller: unknown, path: string): Promise<string> {
    const fn = path
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
      input: unknown,
    ) => Promise<unknown>;
    try {
      const result = await fn(undefined);
      // A subscription that was allowed: stop it at once.
      if (result && typeof result === 'object' && Symbol.asyncIterator in result) {
        await (result as AsyncGenerator).return?.(undefined);
      }
      return 'ok';
    } catch (error) {
      return error instanceof TRPCError ? error.code : `unexpected: ${String(error)}`;
    }
  }

  it('answers every procedure × role (and anonymous) as the permission table says', async () => {
    expect(procedures.length).toBeGreaterThan(10);
    const createCaller = createCallerFactory(appRouter);
    const mismatches: string[] = [];
    for (const role of ['anonymous', ...DEFAULT_ROLES.map((r) => r.name)] as const) {
      const permissions: readonly string[] = DEFAULT_ROLES.find((r) => r.name === role)?.permissions ?? [];
      for (const { path, access } of procedures) {
        const outcome = await call(createCaller(await contextFor(role)), path);
        const denied =
          access === 'public'
            ? null
            : role === 'anonymous'
              ? 'UNAUTHORIZED'
              : access === 'authenticated' || permissions.includes(access)
                ? null
                : 'FORBIDDEN';
        const ok = denied
          ? outcome === denied
          : outcome !== 'FORBIDDEN' && (access === 'public' || outcome !== 'UNAUTHORIZED');
        if (!ok)
          mismatches.push(`${role} → ${path} (${access}): got ${outcome}, expected ${denied ?? 'allowed'}`);
        if (outcome.startsWith('unexpected')) mismatches.push(`${role} → ${path}: ${outcome}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('a Viewer cannot start an import even by calling the API directly', async () => {
    const viewer = await signedIn('Viewer');
    const error = await expectCode(
      viewer.client.imports.start.mutate({ supplierId: demoId, kind: 'categories' }),
      'FORBIDDEN',
    );
    expect(error.message).toContain('imports:run');
  });
});

describe('tokens', () => {
  const cookieCall = (cookie: string) =>
    fetch(`${api.url}/trpc/auth.me`, { headers: { cookie } }).then((response) => response.status);

  it('accepts a valid access token and refuses tampered, foreign, unsigned and expired ones', async () => {
    const operator = await signedIn('Operator');
    const token = operator.jar.get('syncar_at')!;
    expect(await cookieCall(`syncar_at=${token}`)).toBe(200);

    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const admin = await db
      .selectFrom('users')
      .select('id')
      .where('username', '=', users['Super Admin'].username)
      .executeTakeFirstOrThrow();
    const tampered = Buffer.from(JSON.stringify({ ...claims, sub: admin.id })).toString('base64url');
    expect(await cookieCall(`syncar_at=${header}.${tampered}.${signature}`)).toBe(401);

    const sign = (key: Uint8Array, exp: string | number = '5m', alg = 'HS256') =>
      new SignJWT({ sid: claims.sid })
        .setProtectedHeader({ alg })
        .setSubject(claims.sub)
        .setIssuer('syncar')
        .setAudience('syncar-api')
        .setIssuedAt()
        .setExpirationTime(exp)
        .sign(key);
    const foreignKey = new Uint8Array(Buffer.from(generateSecretsKey(), 'base64'));
    expect(await cookieCall(`syncar_at=${await sign(foreignKey)}`)).toBe(401);
    const ownKey = new Uint8Array(Buffer.from(authSecret, 'base64'));
    expect(await cookieCall(`syncar_at=${await sign(ownKey)}`)).toBe(200);
    expect(await cookieCall(`syncar_at=${await sign(ownKey, Math.floor(Date.now() / 1000) - 10)}`)).toBe(401);
    expect(await cookieCall(`syncar_at=${await sign(ownKey, '5m', 'HS512')}`)).toBe(401);

    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    expect(await cookieCall(`syncar_at=${none}`)).toBe(401);
  });

  it('rotates refresh tokens, and a reused one revokes the whole session family', async () => {
    const operator = await signedIn('Operator');
    const firstRefresh = operator.jar.get('syncar_rt')!;
    await operator.client.auth.refresh.mutate();
    const secondRefresh = operator.jar.get('syncar_rt')!;
    expect(secondRefresh).not.toBe(firstRefresh);
    expect((await operator.client.auth.me.query()).username).toBe(users.Operator.username);

    // Someone replays the first (already used) refresh token.
    const thief = createApiClient(api.url, 'sse', WEB_ORIGIN);
    thief.jar.set('syncar_rt', firstRefresh);
    await expectCode(thief.client.auth.refresh.mutate(), 'UNAUTHORIZED');
    // The whole family is gone: the legitimate session's access and refresh tokens both stop working.
    await expectCode(operator.client.auth.me.query(), 'UNAUTHORIZED');
    await expectCode(operator.client.auth.refresh.mutate(), 'UNAUTHORIZED');
    const { items } = await listAudit(db, { action: 'auth.refresh.reused', limit: 5 });
    expect(items).toHaveLength(1);
  });

  it('logout revokes the session on the server', async () => {
    const operator = await signedIn('Operator');
    const access = operator.jar.get('syncar_at')!;
    const refresh = operator.jar.get('syncar_rt')!;
    await operator.client.auth.logout.mutate();
    expect(await cookieCall(`syncar_at=${access}`)).toBe(401);
    const replay = createApiClient(api.url, 'sse', WEB_ORIGIN);
    replay.jar.set('syncar_rt', refresh);
    await expectCode(replay.client.auth.refresh.mutate(), 'UNAUTHORIZED');
  });

  it('sets both cookies httpOnly and SameSite=Strict', async () => {
    const response = await fetch(`${api.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: WEB_ORIGIN },
      body: JSON.stringify({ json: { login: users.Viewer.username, password: users.Viewer.password } }),
    });
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    for (const cookie of cookies) expect(cookie).toMatch(/HttpOnly/i);
    for (const cookie of cookies) expect(cookie).toMatch(/SameSite=Strict/i);
  });
});

describe('abuse', () => {
  it('rate-limits logins per account with a clear wait time', async () => {
    const client = createApiClient(api.url, 'sse', WEB_ORIGIN);
    for (let i = 0; i < 5; i++) {
      await expectCode(client.login(users.Viewer.username, 'wrong password!'), 'UNAUTHORIZED');
    }
    const error = await expectCode(
      client.login(users.Viewer.username, users.Viewer.password),
      'TOO_MANY_REQUESTS',
    );
    expect(error.message).toMatch(/^Demasiados intentos; inténtalo de nuevo en \d+ s$/);
    const failures = await listAudit(db, { action: 'auth.login.failed', limit: 50 });
    expect(failures.items.filter((e) => e.actorLabel === users.Viewer.username)).toHaveLength(5);
  });

  it('refuses mutations from a foreign origin', async () => {
    const admin = await signedIn('Admin');
    const evil = createApiClient(api.url, 'sse', 'http://evil.example');
    evil.jar.set('syncar_at', admin.jar.get('syncar_at')!);
    const error = await expectCode(
      evil.client.imports.start.mutate({ supplierId: demoId, kind: 'categories' }),
      'FORBIDDEN',
    );
    expect(error.message).toBe('Origen no permitido: http://evil.example');
  });
});

describe('no escalation', () => {
  it('refuses every attempt to gain or grant more than one holds', async () => {
    const superAdmin = await signedIn('Super Admin');
    const admin = await signedIn('Admin');
    const operator = await signedIn('Operator');
    const roles = Object.fromEntries((await superAdmin.client.roles.list.query()).map((r) => [r.name, r]));
    const me = await admin.client.auth.me.query();
    const superMe = await superAdmin.client.auth.me.query();

    await expectCode(operator.client.users.list.query({}), 'FORBIDDEN');
    // An Admin cannot make anyone a Super Admin, nor touch a Super Admin.
    const operatorMe = await operator.client.auth.me.query();
    const promote = await expectCode(
      admin.client.users.update.mutate({ id: operatorMe.id, roleId: roles['Super Admin']!.id }),
      'FORBIDDEN',
    );
    expect(promote.message).toBe('Solo un Super Admin puede asignar o editar el rol Super Admin');
    await expectCode(admin.client.users.update.mutate({ id: superMe.id, isActive: false }), 'FORBIDDEN');
    const ownRole = await expectCode(
      admin.client.users.update.mutate({ id: me.id, roleId: roles.Viewer!.id }),
      'FORBIDDEN',
    );
    expect(ownRole.message).toBe('No puedes cambiar tu propio rol ni desactivarte');
    await expectCode(
      admin.client.users.resetPassword.mutate({ id: superMe.id, newPassword: 'a brand new password' }),
      'FORBIDDEN',
    );

    // A user manager with few permissions cannot hand out more.
    const limited = await superAdmin.client.roles.create.mutate({
      name: 'User desk',
      description: '',
      permissions: ['users:manage', 'catalog:read'],
    });
    const desk = await superAdmin.client.users.create.mutate({
      username: 'desk',
      email: 'desk@syncar.test',
      roleId: limited.id,
      password: 'desk password 123',
    });
    const deskClient = createApiClient(api.url, 'sse', WEB_ORIGIN);
    await deskClient.login('desk', 'desk password 123');
    const grant = await expectCode(
      deskClient.client.roles.create.mutate({ name: 'Sneaky', permissions: ['imports:run'] }),
      'FORBIDDEN',
    );
    expect(grant.message).toBe('No puedes otorgar permisos que no tienes');
    await expectCode(
      deskClient.client.users.update.mutate({ id: desk.id, roleId: roles.Operator!.id }),
      'FORBIDDEN',
    );
    await expectCode(
      deskClient.client.roles.update.mutate({
        id: limited.id,
        permissions: ['users:manage', 'catalog:read', 'audit:read'],
      }),
      'FORBIDDEN',
    );

    // Nobody edits their own role or active flag; the last Super Admin stays.
    const self = await expectCode(
      superAdmin.client.users.update.mutate({ id: superMe.id, isActive: false }),
      'FORBIDDEN',
    );
    expect(self.message).toBe('No puedes cambiar tu propio rol ni desactivarte');
    await expectCode(
      superAdmin.client.roles.update.mutate({ id: roles['Super Admin']!.id, permissions: [] }),
      'FORBIDDEN',
    );
    await expectCode(superAdmin.client.roles.delete.mutate({ id: roles['Super Admin']!.id }), 'FORBIDDEN');
    expect((await superAdmin.client.auth.me.query()).role.isSuperAdmin).toBe(true);

    const audit = await listAudit(db, { limit: 200 });
    expect(audit.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['role.created', 'user.created', 'auth.login']),
    );
  });

  it('ends an open subscription when its user is deactivated or loses the permission', async () => {
    const superAdmin = await signedIn('Super Admin');
    const supplierRun = await createRun(db, { supplierId: demoId, kind: 'categories' });
    const viewerRole = await findRoleByName(db, 'Viewer');

    for (const change of ['deactivate', 'demote'] as const) {
      const username = `watcher-${change}`;
      const operatorRole = await findRoleByName(db, 'Operator');
      const user = await superAdmin.client.users.create.mutate({
        username,
        email: `${username}@syncar.test`,
        roleId: operatorRole!.id,
        password: 'watcher password 1',
      });
      for (const transport of ['sse', 'ws'] as const) {
        const watcher = createApiClient(api.url, transport, WEB_ORIGIN);
        await watcher.login(username, 'watcher password 1');
        // Back to Operator before each transport (the previous one ended demoted).
        if (change === 'demote')
          await superAdmin.client.users.update.mutate({
            id: user.id,
            roleId: operatorRole!.id,
            isActive: true,
          });
        const ended = new Promise<unknown>((resolve) => {
          watcher.client.imports.events.subscribe(
            { runId: supplierRun },
            { onError: resolve, onComplete: () => resolve('completed') },
          );
        });
        await new Promise((resolve) => setTimeout(resolve, 500));
        if (change === 'deactivate')
          await superAdmin.client.users.update.mutate({ id: user.id, isActive: false });
        else await superAdmin.client.users.update.mutate({ id: user.id, roleId: viewerRole!.id });
        const started = Date.now();
        const outcome = await ended;
        expect(codeOf(outcome), `${change} over ${transport}`).toBe(
          change === 'deactivate' ? 'UNAUTHORIZED' : 'FORBIDDEN',
        );
        expect(Date.now() - started).toBeLessThan(15_000);
        watcher.close();
        if (change === 'deactivate')
          await superAdmin.client.users.update.mutate({ id: user.id, isActive: true });
      }
    }
  });
});
