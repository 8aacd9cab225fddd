import { TRPCError } from '@trpc/server';

/** PostgreSQL's unique_violation: the row already exists. */
export const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/** Throws FORBIDDEN with the policy's reason, if it gave one. */
export function refuse(reason: string | null): void {
  if (reason) throw new TRPCError({ code: 'FORBIDDEN', message: reason });
}

/** Rethrows a unique violation as CONFLICT with `message`, anything else as it is. */
export function conflictOnDuplicate(message: string) {
  return (error: unknown): never => {
    if (isUniqueViolation(error)) throw new TRPCError({ code: 'CONFLICT', message });
    throw error;
  };
}
