/** The message to show for a failed request: the server's own words for tRPC errors. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}
