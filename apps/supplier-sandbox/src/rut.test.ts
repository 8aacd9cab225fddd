import { describe, expect, it } from 'vitest';
import { isValidRut, normalizeRut, rutCheckDigit } from './rut';

describe('RUT', () => {
  it('computes check digits, K included', () => {
    expect(rutCheckDigit('76543210')).toBe('3');
    expect(rutCheckDigit('12345678')).toBe('5');
    expect(rutCheckDigit('11111111')).toBe('1');
    expect(rutCheckDigit('10000013')).toBe('K');
  });

  it('normalises dots, spaces, hyphens and k', () => {
    expect(normalizeRut('76.543.210-3')).toBe('76543210-3');
    expect(normalizeRut(' 76543210-3 ')).toBe('76543210-3');
    expect(normalizeRut('765432103')).toBe('76543210-3');
    expect(normalizeRut('10.000.013-k')).toBe('10000013-K');
  });

  it('validates', () => {
    expect(isValidRut('76.543.210-3')).toBe(true);
    expect(isValidRut('10000013-k')).toBe(true);
    expect(isValidRut('76.543.210-4')).toBe(false);
    expect(isValidRut('abc')).toBe(false);
    expect(isValidRut('')).toBe(false);
  });
});
