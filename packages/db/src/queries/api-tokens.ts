import type { ApiToken, Permission } from '@syncar/contracts';
import { sql } from 'kysely';
import type { Db } from '../client';
import type { Principal } from './access';

const tokenColumns = (db: Db) =>
  db
    .selectFrom('apiTokens as t')
    .innerJoin('users as u', 'u.id', 't.userId')
    .select([
      't.id',
      't.name',
      't.prefix',
      't.permissions',
      't.userId',
      'u.username',
      't.createdAt',
      't.expiresAt',
      't.lastUsedAt',
      't.lastUsedIp',
      't.revokedAt',
    ]);

type TokenRow = Awaited<ReturnType<ReturnType<typeof tokenColumns>['executeTakeFirstOrThrow']>>;

function toApiToken(row: TokenRow, now = new Date()): ApiToken {
  const { userId, username, permissions, ...rest } = row;
  const status = row.revokedAt
    ? 'revoked'
    : row.expiresAt && row.expiresAt.getTime() <= now.getTime()
      ? 'expired'
      : 'active';
  return { ...rest, permissions: permissions as Permission[], status, owner: { id: userId, username } };
}

export async function insertApiToken(
  db: Db,
  token: {
    userId: string;
    name: string;
    prefix: string;
    secretHash: string;
    permissions: readonly Permission[];
    expiresAt: Date | null;
  },
): Promise<ApiToken> {
  const { id } = await db
    .insertInto('apiTokens')
    .values({ ...token, permissions: [...token.permissions] })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await findApiToken(db, id))!;
}

export async function findApiToken(db: Db, id: string): Promise<ApiToken | undefined> {
  const row = await tokenColumns(db).where('t.id', '=', id).executeTakeFirst();
  return row && toApiToken(row);
}

/** Newest first; one user's tokens, or everyone's without `userId`. */
export async function listApiTokens(db: Db, filter: { userId?: string } = {}): Promise<ApiToken[]> {
  let query = tokenColumns(db).orderBy('t.createdAt', 'desc').orderBy('t.id', 'desc').limit(500);
  if (filter.userId) query = query.where('t.userId', '=', filter.userId);
  return (await query.execute()).map((row) => toApiToken(row));
}

/** False when the token was already revoked. */
export async function revokeApiToken(db: Db, id: string, revokedBy: string): Promise<boolean> {
  const result = await db
    .updateTable('apiTokens')
    .set({ revokedAt: sql`now()`, revokedBy })
    .where('id', '=', id)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/**
 * The principal behind an API token: its owner as PostgreSQL has them now, with only the permissions that are
 * both in the token's scope and still in the owner's role. `sessionId` is empty (there is no session).
 */
export interface TokenPrincipal extends Principal {
  apiTokenId: string;
  apiTokenPrefix: string;
  lastUsedAt: Date | null;
}

/** Null when no such token exists, or it is revoked or expired, or its owner is inactive. */
export async function findTokenPrincipal(db: Db, secretHash: string): Promise<TokenPrincipal | null> {
  const row = await db
    .selectFrom('apiTokens as t')
    .innerJoin('users as u', 'u.id', 't.userId')
    .innerJoin('roles as r', 'r.id', 'u.roleId')
    .select((eb) => [
      't.id as apiTokenId',
      't.prefix as apiTokenPrefix',
      't.lastUsedAt',
      'u.id as userId',
      'u.username',
      'u.email',
      'u.displayName',
      'u.locale',
      'r.id as roleId',
      'r.name as roleName',
      'r.isSuperAdmin',
      eb
        .selectFrom('rolePermissions as rp')
        .whereRef('rp.roleId', '=', 'r.id')
        .where(sql<boolean>`rp.permission = ANY(t.permissions)`)
        .select(sql<Permission[]>`coalesce(array_agg(rp.permission ORDER BY rp.permission), '{}')`.as('p'))
        .as('permissions'),
    ])
    .where('t.secretHash', '=', secretHash)
    .where('t.revokedAt', 'is', null)
    .where((eb) => eb.or([eb('t.expiresAt', 'is', null), eb('t.expiresAt', '>', sql<Date>`now()`)]))
    .where('u.isActive', '=', true)
    .executeTakeFirst();
  return row ? { ...row, sessionId: '', permissions: row.permissions ?? [] } : null;
}

/** Records a use; writes only when the last recorded one is a minute old, so busy tokens cost no writes. */
export async function touchApiToken(db: Db, id: string, ip: string | null): Promise<void> {
  await db
    .updateTable('apiTokens')
    .set({ lastUsedAt: sql`now()`, lastUsedIp: ip })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([eb('lastUsedAt', 'is', null), eb('lastUsedAt', '<', sql<Date>`now() - interval '1 minute'`)]),
    )
    .execute();
}
