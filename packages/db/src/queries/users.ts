import type { Permission, Role, User } from '@syncar/contracts';
import { sql } from 'kysely';
import type { Db } from '../client';

const userColumns = (db: Db) =>
  db
    .selectFrom('users as u')
    .innerJoin('roles as r', 'r.id', 'u.roleId')
    .select([
      'u.id',
      'u.username',
      'u.email',
      'u.displayName',
      'u.roleId',
      'r.name as roleName',
      'u.isActive',
      'u.locale',
      'u.lastLoginAt',
      'u.createdAt',
    ]);

type UserRow = Awaited<ReturnType<ReturnType<typeof userColumns>['executeTakeFirstOrThrow']>>;
const toUser = (row: UserRow): User => ({ ...row, locale: row.locale as User['locale'] });

export async function listUsers(
  db: Db,
  input: { search?: string | undefined; limit: number; cursor?: string | null | undefined },
) {
  let query = userColumns(db)
    .orderBy('u.username')
    .orderBy('u.id')
    .limit(input.limit + 1);
  if (input.search) {
    const like = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('u.username', 'ilike', like),
        eb('u.email', 'ilike', like),
        eb('u.displayName', 'ilike', like),
      ]),
    );
  }
  if (input.cursor) {
    query = query.where(
      sql<boolean>`(u.username, u.id) > (SELECT username, id FROM users WHERE id = ${input.cursor})`,
    );
  }
  const rows = (await query.execute()).map(toUser);
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}

export async function findUser(db: Db, id: string): Promise<User | undefined> {
  const row = await userColumns(db).where('u.id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

/** For login: by username or email, case-insensitively. */
export async function findUserForLogin(db: Db, login: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'passwordHash', 'isActive'])
    .where((eb) =>
      eb.or([
        eb(sql`lower(username)`, '=', login.toLowerCase()),
        eb(sql`lower(email)`, '=', login.toLowerCase()),
      ]),
    )
    .executeTakeFirst();
}

export async function findPasswordHash(db: Db, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom('users').select('passwordHash').where('id', '=', userId).executeTakeFirst();
  return row?.passwordHash;
}

export async function insertUser(
  db: Db,
  user: { username: string; email: string; displayName: string; roleId: string; passwordHash: string },
): Promise<string> {
  const { id } = await db.insertInto('users').values(user).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateUser(
  db: Db,
  id: string,
  changes: Partial<{ email: string; displayName: string; roleId: string; isActive: boolean; locale: string }>,
): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await db
    .updateTable('users')
    .set({ ...changes, updatedAt: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function setPasswordHash(db: Db, id: string, passwordHash: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ passwordHash, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function recordLogin(db: Db, id: string): Promise<void> {
  await db.updateTable('users').set({ lastLoginAt: sql`now()` }).where('id', '=', id).execute();
}

/** Active users whose role is a super-admin role. */
export async function countActiveSuperAdmins(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('roles as r', 'r.id', 'u.roleId')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('u.isActive', '=', true)
    .where('r.isSuperAdmin', '=', true)
    .executeTakeFirstOrThrow();
  return row.n;
}

const roleColumns = (db: Db) =>
  db
    .selectFrom('roles as r')
    .select((eb) => [
      'r.id',
      'r.name',
      'r.description',
      'r.isSuperAdmin',
      'r.isSystem',
      eb
        .selectFrom('rolePermissions as rp')
        .whereRef('rp.roleId', '=', 'r.id')
        .select(sql<Permission[]>`coalesce(array_agg(rp.permission ORDER BY rp.permission), '{}')`.as('p'))
        .as('permissions'),
      eb
        .selectFrom('users as u')
        .whereRef('u.roleId', '=', 'r.id')
        .select(sql<number>`count(*)::int`.as('n'))
        .as('userCount'),
    ]);

type RoleRow = Awaited<ReturnType<ReturnType<typeof roleColumns>['executeTakeFirstOrThrow']>>;
const toRole = (row: RoleRow): Role => ({
  ...row,
  permissions: row.permissions ?? [],
  userCount: row.userCount ?? 0,
});

export async function listRoles(db: Db): Promise<Role[]> {
  return (await roleColumns(db).orderBy('r.isSuperAdmin', 'desc').orderBy('r.name').execute()).map(toRole);
}

export async function findRole(db: Db, id: string): Promise<Role | undefined> {
  const row = await roleColumns(db).where('r.id', '=', id).executeTakeFirst();
  return row && toRole(row);
}

export async function findRoleByName(db: Db, name: string): Promise<Role | undefined> {
  const row = await roleColumns(db).where('r.name', '=', name).executeTakeFirst();
  return row && toRole(row);
}

export async function insertRole(
  db: Db,
  role: { name: string; description: string; permissions: readonly Permission[] },
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('roles')
      .values({ name: role.name, description: role.description })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (role.permissions.length) {
      await trx
        .insertInto('rolePermissions')
        .values(role.permissions.map((permission) => ({ roleId: id, permission })))
        .execute();
    }
    return id;
  });
}

export async function updateRole(
  db: Db,
  id: string,
  changes: {
    name?: string | undefined;
    description?: string | undefined;
    permissions?: readonly Permission[] | undefined;
  },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { permissions, ...fields } = changes;
    const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (Object.keys(defined).length) {
      await trx
        .updateTable('roles')
        .set({ ...defined, updatedAt: sql`now()` })
        .where('id', '=', id)
        .execute();
    }
    if (permissions) {
      await trx.deleteFrom('rolePermissions').where('roleId', '=', id).execute();
      if (permissions.length) {
        await trx
          .insertInto('rolePermissions')
          .values(permissions.map((permission) => ({ roleId: id, permission })))
          .execute();
      }
    }
  });
}

export async function deleteRole(db: Db, id: string): Promise<void> {
  await db.deleteFrom('roles').where('id', '=', id).execute();
}
