import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  type Db,
  findSessionByRefreshHash,
  insertSession,
  markSessionUsed,
  revokeSessionFamily,
} from '@syncar/db';

export const hashRefreshToken = (token: string) => createHash('sha256').update(token).digest('hex');
const newRefreshToken = () => randomBytes(32).toString('base64url');

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export interface IssuedSession {
  sessionId: string;
  familyId: string;
  refreshToken: string;
  expiresAt: Date;
}

export type RefreshOutcome =
  | { kind: 'rotated'; userId: string; session: IssuedSession }
  | { kind: 'reused'; userId: string; familyId: string }
  | { kind: 'invalid' };

/**
 * Refresh tokens: random, stored only as a hash, valid once. Each refresh issues the next token of the same
 * family; presenting a token that was already used means it leaked, so the whole family is revoked.
 */
export class RefreshSessions {
  constructor(
    private readonly db: Db,
    readonly ttlSeconds: number,
  ) {}

  async issue(userId: string, client: ClientInfo, familyId: string = randomUUID()): Promise<IssuedSession> {
    const refreshToken = newRefreshToken();
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    const sessionId = await insertSession(this.db, {
      userId,
      familyId,
      refreshTokenHash: hashRefreshToken(refreshToken),
      expiresAt,
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 500) ?? null,
    });
    return { sessionId, familyId, refreshToken, expiresAt };
  }

  async rotate(refreshToken: string, client: ClientInfo): Promise<RefreshOutcome> {
    const session = await findSessionByRefreshHash(this.db, hashRefreshToken(refreshToken));
    if (!session || session.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' };
    if (session.usedAt) {
      await revokeSessionFamily(this.db, session.familyId);
      return { kind: 'reused', userId: session.userId, familyId: session.familyId };
    }
    if (session.revokedAt) return { kind: 'invalid' };
    if (!(await markSessionUsed(this.db, session.id))) {
      // Lost a race with another request presenting the same token: treat it as reuse.
      await revokeSessionFamily(this.db, session.familyId);
      return { kind: 'reused', userId: session.userId, familyId: session.familyId };
    }
    return {
      kind: 'rotated',
      userId: session.userId,
      session: await this.issue(session.userId, client, session.familyId),
    };
  }
}
