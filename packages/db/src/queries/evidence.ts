import type { Db } from '../client';

/** Evidence kept per run: a run failing on every page keeps the first ones, which say as much as all. */
export const MAX_EVIDENCE_PER_RUN = 20;
/** Larger HTML is cut to this size (a screenshot is never cut: a partial PNG shows nothing). */
export const MAX_EVIDENCE_HTML_BYTES = 1024 * 1024;

export interface NewRunEvidence {
  url: string;
  error: string;
  html?: string;
  screenshot?: Uint8Array;
}

/**
 * Keeps what a portal showed when a page failed: the screenshot when there is one, else the HTML. Returns
 * false when there was nothing to keep or the run already holds its share.
 */
export async function saveRunEvidence(db: Db, runId: string, evidence: NewRunEvidence): Promise<boolean> {
  let body: Buffer;
  let contentType: string;
  let truncated = false;
  if (evidence.screenshot) {
    body = Buffer.from(evidence.screenshot);
    contentType = 'image/png';
  } else if (evidence.html !== undefined) {
    body = Buffer.from(evidence.html, 'utf8');
    truncated = body.byteLength > MAX_EVIDENCE_HTML_BYTES;
    if (truncated) body = body.subarray(0, MAX_EVIDENCE_HTML_BYTES);
    contentType = 'text/html; charset=utf-8';
  } else {
    return false;
  }
  // Concurrent failures may overshoot the cap by a few rows; that costs nothing worth a lock.
  const held = await db
    .selectFrom('importRunEvidence')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('runId', '=', runId)
    .executeTakeFirstOrThrow();
  if (Number(held.count) >= MAX_EVIDENCE_PER_RUN) return false;
  await db
    .insertInto('importRunEvidence')
    .values({
      runId,
      url: evidence.url,
      error: evidence.error,
      contentType,
      body,
      byteSize: body.byteLength,
      truncated,
    })
    .execute();
  return true;
}

export async function listRunEvidence(db: Db, runId: string) {
  return db
    .selectFrom('importRunEvidence')
    .select(['id', 'runId', 'url', 'error', 'contentType', 'byteSize', 'truncated', 'createdAt'])
    .where('runId', '=', runId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

export async function findRunEvidence(db: Db, id: string) {
  return db
    .selectFrom('importRunEvidence')
    .select(['id', 'runId', 'url', 'error', 'contentType', 'body', 'byteSize', 'truncated', 'createdAt'])
    .where('id', '=', id)
    .executeTakeFirst();
}
