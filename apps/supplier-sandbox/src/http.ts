import type { IncomingHttpHeaders } from 'node:http';

/** A request as the portal's handlers see it: the body is already read (and size-limited). */
export interface SandboxRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  /** 'http://host:port' as the client addressed the server (its Host header). */
  origin: string;
}

export interface SandboxResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

/**
 * All request handling goes through one function of this type, so layers such as fault injection wrap it
 * without knowing about node:http.
 */
export type Handler = (request: SandboxRequest) => Promise<SandboxResponse>;

export const htmlResponse = (
  body: string,
  status = 200,
  headers: Record<string, string> = {},
): SandboxResponse => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers },
  body,
});

export const textResponse = (body: string, status = 200): SandboxResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body,
});

export const jsonResponse = (value: unknown, status = 200): SandboxResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  body: JSON.stringify(value),
});

export const redirect = (location: string, headers: Record<string, string> = {}): SandboxResponse => ({
  status: 302,
  headers: { location, ...headers },
  body: '',
});

/** The value of one cookie from a Cookie header. */
export function readCookie(headers: IncomingHttpHeaders, name: string): string | undefined {
  for (const part of (headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}
