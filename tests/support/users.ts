import { generatePassword, hashPassword } from '@syncar/auth';
import { DEFAULT_ROLES, type DefaultRoleName } from '@syncar/contracts';
import { createDb, findRoleByName, insertUser } from '@syncar/db';

export type RoleUsers = Record<DefaultRoleName, { username: string; password: string }>;

/** A user per default role: `superadmin`, `admin`, `operator`, `viewer`, with generated passwords. */
export async function seedRoleUsers(databaseUrl: string): Promise<RoleUsers> {
  const db = createDb({ connectionString: databaseUrl, max: 1 });
  try {
    const users = {} as RoleUsers;
    for (const role of DEFAULT_ROLES) {
      const username = role.name.toLowerCase().replace(/\s+/g, '');
      const password = generatePassword();
      const { id: roleId } = (await findRoleByName(db, role.name))!;
      await insertUser(db, {
        username,
        email: `${username}@syncar.test`,
        displayName: role.name,
        roleId,
        passwordHash: await hashPassword(password),
      });
      users[role.name] = { username, password };
    }
    return users;
  } finally {
    await db.destroy();
  }
}
