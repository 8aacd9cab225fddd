/**
 * The key of an OEM/factory code: letters and digits only, upper case, so "04152-YZZA1", "04152 yzza1" and
 * "04152.YZZA1" are one part. PostgreSQL computes the same key (syncar_part_code_keys, migration 0006).
 */
export const normalizePartCode = (code: string): string => code.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
