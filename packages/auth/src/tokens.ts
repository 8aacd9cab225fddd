import { errors, jwtVerify, SignJWT } from 'jose';

export const ACCESS_TOKEN_ALGORITHM = 'HS256';
const ISSUER = 'syncar';
const AUDIENCE = 'syncar-api';

export interface AccessClaims {
  userId: string;
  sessionId: string;
}

/**
 * Short-lived access tokens: HS256 under a server secret. Verification names the one algorithm it accepts,
 * so `alg: none` or a token signed another way is refused.
 */
export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(
    secretBase64: string,
    readonly ttlSeconds: number,
  ) {
    this.key = new Uint8Array(Buffer.from(secretBase64, 'base64'));
    if (this.key.length < 32) throw new Error('AUTH_SECRET must be at least 32 bytes encoded in base64');
  }

  sign(claims: AccessClaims): Promise<string> {
    return new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  /** The claims of a valid token, or null for anything else (expired, tampered, other key, other algorithm). */
  async verify(token: string): Promise<AccessClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ACCESS_TOKEN_ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
      return { userId: payload.sub, sessionId: payload.sid };
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  }
}
