import { DEFAULT_SUPPLIER_SETTINGS } from '@syncar/contracts';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { fromDraft, parseWhole, settingsFieldErrors, toDraft } from './settings-draft';

describe('parseWhole', () => {
  it('reads empty as no limit and keeps whole numbers', () => {
    expect(parseWhole('')).toBeNull();
    expect(parseWhole('   ')).toBeNull();
    expect(parseWhole(' 120 ')).toBe(120);
  });

  it('drops thousands separators instead of reading "6.000" as 6', () => {
    expect(parseWhole('6.000')).toBe(6000);
    expect(parseWhole('6,000')).toBe(6000);
    expect(parseWhole('1.000.000')).toBe(1_000_000);
  });

  it('leaves anything else for the API to refuse', () => {
    expect(parseWhole('1.5')).toBe(1.5);
    expect(parseWhole('abc')).toBeNaN();
    expect(parseWhole('12.34.5')).toBeNaN();
  });
});

describe('drafts', () => {
  it('round-trips stored settings, with no limit as an empty field', () => {
    const draft = toDraft(DEFAULT_SUPPLIER_SETTINGS);
    expect(draft).toEqual({
      productsPerCategory: '',
      requestsPerMinute: '',
      maxConcurrency: '4',
      categoryOrder: 'portal',
    });
    expect(fromDraft(draft)).toEqual(DEFAULT_SUPPLIER_SETTINGS);
  });

  it('sends an empty concurrency as not-a-number, never as a default', () => {
    expect(fromDraft({ ...toDraft(DEFAULT_SUPPLIER_SETTINGS), maxConcurrency: '' }).maxConcurrency).toBeNaN();
  });
});

describe('settingsFieldErrors', () => {
  const refusal = (data: unknown) =>
    new TRPCClientError('refused', {
      result: { error: { code: -32600, message: 'refused', data } } as never,
    });

  it('gives each refused setting its message', () => {
    const error = refusal({
      code: 'BAD_REQUEST',
      fields: [
        { path: ['requestsPerMinute'], message: 'Las solicitudes por minuto deben ser...' },
        { path: ['maxConcurrency'], message: 'Las solicitudes simultáneas deben ser...' },
      ],
    });
    expect(settingsFieldErrors(error)).toEqual({
      requestsPerMinute: 'Las solicitudes por minuto deben ser...',
      maxConcurrency: 'Las solicitudes simultáneas deben ser...',
    });
  });

  it('is empty for errors that are not about a field', () => {
    expect(settingsFieldErrors(refusal({ code: 'FORBIDDEN' }))).toEqual({});
    expect(settingsFieldErrors(new Error('network'))).toEqual({});
    expect(settingsFieldErrors(null)).toEqual({});
  });
});
