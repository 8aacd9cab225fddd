import { randomBytes } from 'node:crypto';
import {
  type Db,
  findRoleByName,
  findUserForLogin,
  insertUser,
  revokeUserSessions,
  setPasswordHash,
} from '@syncar/db';
import { hashPassword } from './passwords';

/** A random password that is easy to copy: 20 characters from a 62-letter alphabet (~119 bits). */
export function generatePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = randomBytes(40);
  let out = '';
  for (const byte of bytes) {
    if (byte < 248 - (248 % alphabet.length) && out.length < 20) out += alphabet[byte % alphabet.length];
  }
  return out.length === 20 ? out : generatePassword();
}

export interface CreatedAdmin {
  created: boolean;
  username: string;
  /** Only when this call created the user; shown once and stored nowhere in clear. */
  password: string | null;
}

/** Creates a Super Admin unless a user with that username or email already exists. */
export async function createSuperAdmin(
  db: Db,
  input: { username: string; email: string; password?: string | undefined },
): Promise<CreatedAdmin> {
  if ((await findUserForLogin(db, input.username)) || (await findUserForLogin(db, input.email))) {
    return { created: false, username: input.username, password: null };
  }
  const role = await findRoleByName(db, 'Super Admin');
  if (!role?.isSuperAdmin) throw new Error('The Super Admin role is missing: run the migrations first');
  const password = input.password ?? generatePassword();
  await insertUser(db, {
    username: input.username,
    email: input.email,
    displayName: 'Administrador',
    roleId: role.id,
    passwordHash: await hashPassword(password),
  });
  return { created: true, username: input.username, password };
}

/**
 * Sets a new generated password for a user (by username or email) and ends their sessions; returns the
 * password, or null when there is no such user.
 */
export async function resetPasswordOf(db: Db, login: string): Promise<string | null> {
  const user = await findUserForLogin(db, login);
  if (!user) return null;
  const password = generatePassword();
  await setPasswordHash(db, user.id, await hashPassword(password));
  await revokeUserSessions(db, user.id);
  return password;
}
