import { ConnectorError } from '@syncar/connectors';
import type { RunEventData } from '@syncar/contracts';
import { saveRunEvidence } from '@syncar/db';
import type { WorkerServices } from './processors/types';

/**
 * Keeps what the portal showed when `error` happened (the connector attached it), so whoever looks at the failed
 * run sees the page and not only a message. Never fails the caller: evidence is a help, not the work.
 */
export async function keepEvidence(
  services: WorkerServices,
  runId: string,
  error: unknown,
  report: (data: RunEventData) => Promise<void>,
): Promise<void> {
  if (!(error instanceof ConnectorError) || !error.evidence) return;
  const { evidence } = error;
  try {
    if (await saveRunEvidence(services.db, runId, { ...evidence, error: error.message })) {
      const kind = evidence.screenshot ? 'a screenshot' : 'the HTML';
      await report({ type: 'log', level: 'info', message: `kept ${kind} of ${evidence.url} as evidence` });
    }
  } catch (err) {
    services.logger.warn({ err, runId }, 'failure evidence not kept');
  }
}
