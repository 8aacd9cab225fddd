import { describe, expect, it } from 'vitest';
import { DEFAULT_AFTER_LOGIN, loginHref, safeNextPath } from './navigation';

describe('safeNextPath', () => {
  it('keeps same-site paths with their query and hash', () => {
    expect(safeNextPath('/users')).toBe('/users');
    expect(safeNextPath('/suppliers?supplier=abc#run')).toBe('/suppliers?supplier=abc#run');
  });

  it.each([
    null,
    undefined,
    '',
    'users',
    '//evil.test/x',
    '/\\evil.test',
    'https://evil.test/',
    'javascript:alert(1)',
    '/\tevil',
    '/login',
    '/login?next=/users',
  ])('refuses %j', (value) => {
    expect(safeNextPath(value)).toBe(DEFAULT_AFTER_LOGIN);
  });
});

describe('loginHref', () => {
  it('carries the page to come back to', () => {
    expect(loginHref('/suppliers?supplier=a b')).toBe('/login?next=%2Fsuppliers%3Fsupplier%3Da%20b');
    expect(loginHref('/')).toBe('/login');
    expect(loginHref('/login?next=/x')).toBe('/login');
  });
});
