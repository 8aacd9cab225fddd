import { describe, expect, it } from 'vitest';
import { compactRut, formatRut, isValidRut, rutCheckDigit, rutSchema } from './rut';

describe('RUT', () => {
  it('computes check digits, including 0 and K', () => {
    expect(rutCheckDigit('76543210')).toBe('3');
    expect(rutCheckDigit('11111111')).toBe('1');
    expect(rutCheckDigit('10000013')).toBe('K');
    expect(rutCheckDigit('10000004')).toBe('0');
  });

  it('accepts the usual spellings and rejects a wrong check digit', () => {
    for (const ok of ['76.543.210-3', '76543210-3', '765432103', ' 10.000.013-k '])
      expect(isValidRut(ok)).toBe(true);
    for (const bad of ['76.543.210-4', '', 'abc', '1-9', '76.543.210']) expect(isValidRut(bad)).toBe(false);
  });

  it('normalises to the stored form', () => {
    expect(compactRut('10.000.013-k')).toBe('10000013K');
    expect(formatRut('76.543.210-3')).toBe('76543210-3');
    expect(rutSchema.parse('76.543.210-3')).toBe('76543210-3');
    expect(rutSchema.safeParse('76.543.210-9').error?.issues[0]?.message).toMatch(/dígito verificador/);
  });
});
