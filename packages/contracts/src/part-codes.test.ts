import { describe, expect, it } from 'vitest';
import { normalizePartCode } from './part-codes';

describe('normalizePartCode', () => {
  it('keeps letters and digits only, upper case', () => {
    expect(normalizePartCode('04152-YZZA1')).toBe('04152YZZA1');
    expect(normalizePartCode(' 04152 yzza1 ')).toBe('04152YZZA1');
    expect(normalizePartCode('04.152/yzz-a1')).toBe('04152YZZA1');
    expect(normalizePartCode('--')).toBe('');
  });
});
