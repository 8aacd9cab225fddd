import { isTRPCClientError } from '@trpc/client';

interface ErrorData {
  code?: string;
  httpStatus?: number;
  /** Set by the API for invalid input: one zod issue per field. */
  fields?: ReadonlyArray<{ message?: string }>;
}

const dataOf = (error: unknown): ErrorData | undefined =>
  isTRPCClientError(error) ? ((error.data ?? undefined) as ErrorData | undefined) : undefined;

/** The tRPC error code the server sent (`UNAUTHORIZED`, `FORBIDDEN`...), if any. */
export const errorCode = (error: unknown): string | undefined => dataOf(error)?.code;

/** Not signed in, or the session ended. */
export const isUnauthorized = (error: unknown) => errorCode(error) === 'UNAUTHORIZED';

/** Signed in, but the role lacks the permission (or the server refused the change). */
export const isForbidden = (error: unknown) => errorCode(error) === 'FORBIDDEN';

/**
 * The message to show for a failed request: the server's own words for tRPC errors. For invalid input, the
 * field messages alone (they already say which field), without the `path:` prefix the API adds.
 */
export function errorMessage(error: unknown): string {
  const fields = dataOf(error)
    ?.fields?.map((issue) => issue.message)
    .filter(Boolean);
  if (fields && fields.length > 0) return fields.join('; ');
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}
