import { describe, expect, it } from 'vitest';
import { CookieJar } from './cookie-jar';

const url = (path: string) => new URL(path, 'http://portal.test');

describe('CookieJar', () => {
  it('sends seeded cookies and applies Set-Cookie updates and deletions', () => {
    const jar = new CookieJar();
    jar.replace([{ name: 'SESSION', value: 'a', path: '/', expires: -1 }]);
    expect(jar.header(url('/categorias'))).toBe('SESSION=a');
    jar.store(['SESSION=b; HttpOnly; Path=/; SameSite=Lax', 'lang=es; Path=/'], url('/portal'));
    expect(jar.header(url('/x'))).toBe('SESSION=b; lang=es');
    jar.store(['SESSION=; Path=/; Max-Age=0'], url('/logout'));
    expect(jar.header(url('/x'))).toBe('lang=es');
  });

  it('honours Path, Expires, Secure and foreign Domains', () => {
    const jar = new CookieJar();
    const now = Date.parse('2026-01-01T00:00:00Z');
    jar.store(
      [
        'scoped=1; Path=/productos',
        'old=1; Expires=Wed, 01 Jan 2025 00:00:00 GMT',
        'secure=1; Secure; Path=/',
        'other=1; Domain=elsewhere.test',
        'sub=1; Domain=.portal.test; Path=/',
        'implicit=1',
      ],
      url('/catalogo/lista'),
      now,
    );
    expect(jar.header(url('/productos/NV-1'), now)).toBe('scoped=1; sub=1');
    expect(jar.header(url('/productosX'), now)).toBe('sub=1');
    expect(jar.header(url('/catalogo/otra'), now)).toBe('implicit=1; sub=1');
    expect(jar.header(url('/catalogos'), now)).toBe('sub=1');
    expect(jar.header(new URL('https://portal.test/'), now)).toBe('secure=1; sub=1');
  });

  it('forgets cookies whose Playwright expiry has passed', () => {
    const jar = new CookieJar();
    jar.replace([{ name: 'gone', value: '1', expires: 1000 }]);
    expect(jar.header(url('/'))).toBeUndefined();
  });
});
