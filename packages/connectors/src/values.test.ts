import { describe, expect, it } from 'vitest';
import { parseClp, parseCount, parseYearRange } from './values';

describe('parseClp', () => {
  it('reads pesos with a dollar sign and dots as thousands separators', () => {
    expect(parseClp('$12.990')).toBe(12990);
    expect(parseClp('$ 1.234.567')).toBe(1234567);
    expect(parseClp(' $990 ')).toBe(990);
    expect(parseClp('12990')).toBe(12990);
    expect(parseClp('$0')).toBe(0);
    expect(parseClp('CLP 5.000')).toBe(5000);
    expect(parseClp('$\u00a012.990')).toBe(12990);
  });

  it('is null for an empty price and NaN for text that is not one', () => {
    expect(parseClp('')).toBeNull();
    expect(parseClp('  ')).toBeNull();
    expect(parseClp('$')).toBeNull();
    expect(parseClp(undefined)).toBeNull();
    expect(parseClp('Consultar')).toBeNaN();
    expect(parseClp('$12,990')).toBeNaN();
    expect(parseClp('-$100')).toBeNaN();
  });
});

describe('parseCount', () => {
  it('reads whole numbers, with or without thousands separators', () => {
    expect(parseCount('42')).toBe(42);
    expect(parseCount('1.234')).toBe(1234);
    expect(parseCount('0')).toBe(0);
    expect(parseCount('')).toBeNull();
    expect(parseCount('-3')).toBeNaN();
    expect(parseCount('muchos')).toBeNaN();
  });
});

describe('parseYearRange', () => {
  it('reads closed and open-ended ranges', () => {
    expect(parseYearRange('2015 - 2020')).toEqual({ yearFrom: 2015, yearTo: 2020 });
    expect(parseYearRange('2015-2020')).toEqual({ yearFrom: 2015, yearTo: 2020 });
    expect(parseYearRange('2015 – 2020')).toEqual({ yearFrom: 2015, yearTo: 2020 });
    expect(parseYearRange('2015 - --')).toEqual({ yearFrom: 2015, yearTo: null });
    expect(parseYearRange('2015 -')).toEqual({ yearFrom: 2015, yearTo: null });
    expect(parseYearRange('-- - 2020')).toEqual({ yearFrom: null, yearTo: 2020 });
  });

  it('reads a single year and an empty cell', () => {
    expect(parseYearRange('2018')).toEqual({ yearFrom: 2018, yearTo: 2018 });
    expect(parseYearRange(' ')).toEqual({ yearFrom: null, yearTo: null });
  });

  it('is undefined for what is not a range, or one that runs backwards', () => {
    expect(parseYearRange('desde 2015')).toBeUndefined();
    expect(parseYearRange('2020 - 2015')).toBeUndefined();
    expect(parseYearRange('15 - 20')).toBeUndefined();
    expect(parseYearRange('--')).toBeUndefined();
  });
});
