import { describe, expect, it } from 'vitest';
import { hashApiTokenSecret, issueApiTokenSecret, readBearerToken } from './api-tokens';

describe('API token secrets', () => {
  it('are random syncar_ tokens whose prefix and hash, not the secret, are what is kept', () => {
    const first = issueApiTokenSecret();
    const second = issueApiTokenSecret();
    expect(first.secret).toMatch(/^syncar_[A-Za-z0-9_-]{43}$/);
    expect(first.secret).not.toBe(second.secret);
    expect(first.prefix).toBe(first.secret.slice(0, 15));
    expect(first.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.secretHash).toBe(hashApiTokenSecret(first.secret));
    expect(first.secretHash).not.toContain(first.secret.slice(7));
  });
});

describe('readBearerToken', () => {
  it('takes the credentials of a Bearer header, whatever the scheme case and spacing', () => {
    expect(readBearerToken('Bearer syncar_abc')).toBe('syncar_abc');
    expect(readBearerToken('bearer   syncar_abc  ')).toBe('syncar_abc');
    expect(readBearerToken(['Bearer first', 'Bearer second'])).toBe('first');
  });

  it('ignores other schemes, empty or malformed headers', () => {
    expect(readBearerToken(undefined)).toBeNull();
    expect(readBearerToken('')).toBeNull();
    expect(readBearerToken('Basic dXNlcjpwYXNz')).toBeNull();
    expect(readBearerToken('Bearer')).toBeNull();
    expect(readBearerToken('Bearer two words')).toBeNull();
  });
});
