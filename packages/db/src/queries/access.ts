import type { Permission } from '@syncar/contracts';
import { sql } from 'kysely';
import type { Db } from '../client';

/** A signed-in user as every request sees them: re-read from PostgreSQL each time, so changes apply at once. */
export interface Principal {
  userId: string;
  sessionId: string;
  username: string;
  email: string;
  displayName: string;
  locale: string;
  roleId: string;
  roleName: string;
  isSuperAdmin: boolean;
  permissions: Permission[];
}

/** The principal of a live session: null when the session is revoked or expired or the user inactive. */
export async function findPrincipal(db: Db, userId: string, sessionId: string): Promise<Principal | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .innerJoin('roles as r', 'r.id', 'u.roleId')
    .select((eb) => [
      'u.id as userId',
      's.id as sessionId',
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
        .select(sql<Permission[]>`coalesce(array_agg(rp.permission ORDER BY rp.permission), '{}')`.as('p'))
        .as('permissions'),
    ])
    .where('s.id', '=', sessionId)
    .where('s.userId', '=', userId)
    .where('s.revokedAt', 'is', null)
    .where('s.expiresAt', '>', sql<Date>`now()`)
    .where('u.isActive', '=', true)
    .executeTakeFirst();
  return row ? { ...row, permissions: row.permissions ?? [] } : null;
}

export interface SessionRow {
  id: string;
  userId: string;
  familyId: string;
  usedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
}

export async function insertSession(
  db: Db,
  session: {
    userId: string;
    familyId: string;
    refreshTokenHash: string;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<string> {
  const { id } = await db.insertInto('sessions').values(session).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function findSessionByRefreshHash(db: Db, hash: string): Promise<SessionRow | undefined> {
  return db
    .selectFrom('sessions')
    .select(['id', 'userId', 'familyId', 'usedAt', 'revokedAt', 'expiresAt'])
    .where('refreshTokenHash', '=', hash)
    .executeTakeFirst();
}

/**
 * Marks a refresh token used; false when another request used it first (a replay). The session itself stays
 * valid, so access tokens already issued for it keep working until they expire.
 */
export async function markSessionUsed(db: Db, id: string): Promise<boolean> {
  const result = await db
    .updateTable('sessions')
    .set({ usedAt: sql`now()` })
    .where('id', '=', id)
    .where('usedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function revokeSessionFamily(db: Db, familyId: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revokedAt: sql`now()` })
    .where('familyId', '=', familyId)
    .where('revokedAt', 'is', null)
    .execute();
}

export async function revokeUserSessions(db: Db, userId: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revokedAt: sql`now()` })
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .execute();
}

export async function findSession(db: Db, id: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'userId', 'familyId'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Sessions that can no longer be used; kept a while for the reuse check, then removed. */
export async function deleteExpiredSessions(db: Db, olderThan: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expiresAt', '<', olderThan).executeTakeFirst();
  return Number(result.numDeletedRows);
}
