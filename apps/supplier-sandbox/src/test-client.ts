/** Helpers for the HTTP tests: a tiny cookie-aware client for a running sandbox. */

export const CREDENTIALS = { rut: '76.543.210-3', user: 'demo', password: 'demo-portal' };

export interface Client {
  get(path: string): Promise<Response>;
  post(path: string, body: string, contentType?: string): Promise<Response>;
  /** Logs in with CREDENTIALS (or the given fields) and keeps the session cookie on success. */
  login(fields?: Partial<typeof CREDENTIALS>): Promise<Response>;
}

export function client(baseUrl: string): Client {
  let cookie: string | undefined;
  const request = (path: string, init: RequestInit = {}) =>
    fetch(new URL(path, baseUrl), {
      ...init,
      redirect: 'manual',
      headers: { ...(cookie ? { cookie } : {}), ...init.headers },
    });
  return {
    get: (path) => request(path),
    post: (path, body, contentType = 'application/x-www-form-urlencoded') =>
      request(path, { method: 'POST', body, headers: { 'content-type': contentType } }),
    async login(fields = {}) {
      const { rut, user, password } = { ...CREDENTIALS, ...fields };
      const response = await request('/login', {
        method: 'POST',
        body: new URLSearchParams({ rut, user, password }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0];
      return response;
    },
  };
}
