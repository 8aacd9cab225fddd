import type { CategoryOrder, SupplierSettings } from '@syncar/contracts';
import { isTRPCClientError } from '@trpc/client';

/** The settings form as typed: numbers stay text until they are sent. */
export interface SettingsDraft {
  productsPerCategory: string;
  requestsPerMinute: string;
  maxConcurrency: string;
  categoryOrder: CategoryOrder;
}

export type SettingsField = keyof SupplierSettings;

const text = (value: number | null) => (value === null ? '' : String(value));

export const toDraft = (settings: SupplierSettings): SettingsDraft => ({
  productsPerCategory: text(settings.productsPerCategory),
  requestsPerMinute: text(settings.requestsPerMinute),
  maxConcurrency: text(settings.maxConcurrency),
  categoryOrder: settings.categoryOrder,
});

/** Digits in groups of three, as in "6.000" (es-CL) or "6,000" (en). */
const GROUPED = /^\d{1,3}([.,\s]\d{3})+$/;

/**
 * A typed whole number: empty is `null` (no limit) and thousands separators are dropped, so "6.000" is 6000 and
 * never 6. Anything else is converted as it is (NaN, a fraction...) for the API to refuse with its own message.
 */
export function parseWhole(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return Number(GROUPED.test(trimmed) ? trimmed.replace(/[.,\s]/g, '') : trimmed);
}

export const fromDraft = (draft: SettingsDraft): SupplierSettings => ({
  productsPerCategory: parseWhole(draft.productsPerCategory),
  requestsPerMinute: parseWhole(draft.requestsPerMinute),
  // Required: left empty, it is sent as not-a-number and the API says what it expects.
  maxConcurrency: parseWhole(draft.maxConcurrency) ?? Number.NaN,
  categoryOrder: draft.categoryOrder,
});

/** The API's message for each setting it refused (invalid input comes back with one zod issue per field). */
export function settingsFieldErrors(error: unknown): Partial<Record<SettingsField, string>> {
  if (!isTRPCClientError(error)) return {};
  const issues = (
    error.data as { fields?: ReadonlyArray<{ path?: unknown[]; message?: string }> } | undefined
  )?.fields;
  const errors: Partial<Record<SettingsField, string>> = {};
  for (const issue of issues ?? []) {
    const field = issue.path?.[0] as SettingsField | undefined;
    if (field && issue.message && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}
