/** A failed page as the portal served it: its HTML, or a screenshot where a browser showed it. */
export interface FailureEvidence {
  url: string;
  html?: string;
  screenshot?: Uint8Array;
}

/** Attaches what the portal showed to a connector error that has no evidence yet; returns the error. */
export function withEvidence<E>(error: E, evidence: FailureEvidence): E {
  if (error instanceof ConnectorError && !error.evidence) error.evidence = evidence;
  return error;
}

/**
 * Errors a connector raises. `retryable` tells the job runner whether trying again can help: a portal that
 * is down may come back; wrong credentials or a changed page structure will not fix themselves.
 */
export class ConnectorError extends Error {
  override name = 'ConnectorError';
  /** What the portal showed when this happened, kept with the run so a person can see it. */
  evidence?: FailureEvidence;
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The portal rejected the credentials, or the landing page after login never appeared. */
export class LoginFailedError extends ConnectorError {
  override name = 'LoginFailedError';
  constructor(detail: string) {
    super(`login failed: ${detail}`, false);
  }
}

/** An element the connector relies on is gone: the portal changed its markup. */
export class PortalStructureError extends ConnectorError {
  override name = 'PortalStructureError';
  constructor(detail: string) {
    super(`portal structure changed: ${detail}`, false);
  }
}

/** The portal did not answer properly (timeouts, 5xx, network); worth another attempt later. */
export class PortalUnavailableError extends ConnectorError {
  override name = 'PortalUnavailableError';
  constructor(detail: string, options?: ErrorOptions) {
    super(`portal unavailable: ${detail}`, true, options);
  }
}

export class AbortedError extends Error {
  override name = 'AbortedError';
  constructor() {
    super('aborted');
  }
}

export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new AbortedError();
}

/** The portal no longer has a category (its list page is gone): reported and skipped, not worth a retry. */
export class CategoryGoneError extends ConnectorError {
  override name = 'CategoryGoneError';
  constructor(externalId: string, detail: string) {
    super(`category ${externalId} is no longer on the portal (${detail})`, false);
  }
}
