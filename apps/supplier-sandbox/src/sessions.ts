import { randomUUID } from 'node:crypto';

interface Session {
  user: string;
  requests: number;
}

/** Oldest sessions are dropped beyond this many, so a scraper that logs in forever cannot grow memory. */
const MAX_SESSIONS = 10_000;

/** In-memory portal sessions keyed by a random id (the SBXSESSION cookie). */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  /** @param maxRequests a session expires after this many authenticated requests (a fault to test re-login). */
  constructor(private readonly maxRequests = Number.POSITIVE_INFINITY) {}

  create(user: string): string {
    const id = randomUUID();
    this.sessions.set(id, { user, requests: 0 });
    if (this.sessions.size > MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
    return id;
  }

  /** Counts a request on the session and returns its user, or undefined when there is no live session. */
  use(id: string | undefined): string | undefined {
    const session = id === undefined ? undefined : this.sessions.get(id);
    if (!session) return undefined;
    if (session.requests >= this.maxRequests) {
      this.sessions.delete(id!);
      return undefined;
    }
    session.requests++;
    return session.user;
  }

  delete(id: string | undefined): void {
    if (id !== undefined) this.sessions.delete(id);
  }
}
