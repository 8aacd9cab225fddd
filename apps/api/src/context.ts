import type { IncomingMessage } from 'node:http';
import type {
  AccessClaims,
  AccessTokens,
  ApiTokenRateLimiter,
  LoginRateLimiter,
  RefreshSessions,
} from '@syncar/auth';
import type { QueueName } from '@syncar/contracts';
import type { Db, Principal } from '@syncar/db';
import type { Queue, RunControl, RunEventBus } from '@syncar/queue';
import type { Logger, SecretBox } from '@syncar/runtime';

export interface AuthServices {
  tokens: AccessTokens;
  sessions: RefreshSessions;
  limiter: LoginRateLimiter;
  /** Requests per API token per minute. */
  apiTokenLimiter: ApiTokenRateLimiter;
  cookieSecure: boolean;
}

/** Long-lived services every procedure may use. */
export interface ApiServices {
  db: Db;
  queues: Record<QueueName, Queue>;
  events: RunEventBus;
  /** Signals to the workers (cancel). */
  control: RunControl;
  logger: Logger;
  auth: AuthServices;
  secrets: SecretBox;
  /** Browser origins allowed to send mutations (and to call with credentials). */
  allowedOrigins: readonly string[];
  trustProxy: boolean;
}

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
  origin: string | null;
}

export interface Context extends ApiServices {
  requestId: string;
  client: ClientInfo;
  transport: 'http' | 'ws';
  /** Claims of the access token the request carried, if valid. */
  claims: AccessClaims | null;
  /**
   * The `Authorization: Bearer` API token, only when the request carries no auth cookie (a browser's session
   * always wins, and its requests keep the origin check).
   */
  bearerToken?: string | null;
  /** The refresh token cookie, for auth.refresh and auth.logout. */
  refreshToken: string | undefined;
  /** Set-Cookie values to send with the HTTP response. */
  setCookies: string[];
  /** Filled in by the procedure builder once the session is checked. */
  principal: Principal | null;
}

export function clientInfo(req: IncomingMessage, trustProxy: boolean): ClientInfo {
  const header = (name: string) => {
    const value = req.headers[name];
    return (Array.isArray(value) ? value[0] : value) ?? null;
  };
  const forwarded = trustProxy
    ? (header('x-real-ip') ?? header('x-forwarded-for')?.split(',')[0]?.trim())
    : null;
  return {
    ip: forwarded || req.socket.remoteAddress || null,
    userAgent: header('user-agent'),
    origin: header('origin'),
  };
}
