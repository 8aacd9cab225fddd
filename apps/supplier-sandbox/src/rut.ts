/**
 * Chilean RUT helpers. A RUT is a number plus a check digit (0-9 or K) computed modulo 11, written
 * '76.543.210-3'; people type it with or without dots and hyphen.
 */

/** Canonical form 'NUMBER-DV': dots, spaces and hyphens stripped, k uppercased, hyphen before the check digit. */
export function normalizeRut(rut: string): string {
  const compact = rut.replace(/[.\s-]/g, '').toUpperCase();
  return compact.length < 2 ? compact : `${compact.slice(0, -1)}-${compact.slice(-1)}`;
}

/** The check digit of a RUT number ('76543210' -> '3'). */
export function rutCheckDigit(body: string): string {
  let sum = 0;
  let factor = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    sum += Number(body[i]) * factor;
    factor = factor === 7 ? 2 : factor + 1;
  }
  const digit = 11 - (sum % 11);
  return digit === 11 ? '0' : digit === 10 ? 'K' : String(digit);
}

export function isValidRut(rut: string): boolean {
  const match = /^(\d{1,9})-([\dK])$/.exec(normalizeRut(rut));
  return match !== null && rutCheckDigit(match[1]!) === match[2];
}
