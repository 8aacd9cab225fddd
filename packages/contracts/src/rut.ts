import { z } from 'zod';

/** Strips dots, spaces and hyphens and upper-cases a K check digit: '76.543.210-k' → '76543210K'. */
export function compactRut(value: string): string {
  return value.replace(/[.\s-]/g, '').toUpperCase();
}

/** The modulo-11 check digit of a RUT body ('76543210' → '3'). */
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

export function isValidRut(value: string): boolean {
  const compact = compactRut(value);
  if (!/^\d{7,8}[\dK]$/.test(compact)) return false;
  return rutCheckDigit(compact.slice(0, -1)) === compact.slice(-1);
}

/** '76543210-3' (no dots): the canonical form SYNCAR stores. */
export function formatRut(value: string): string {
  const compact = compactRut(value);
  return `${compact.slice(0, -1)}-${compact.slice(-1)}`;
}

export const rutSchema = z
  .string()
  .trim()
  .refine(isValidRut, { error: 'El RUT no es válido (revisa el dígito verificador)' })
  .transform(formatRut);
