import type { RunEvent, RunEventData } from '@syncar/contracts';
import { appendRunEvent, type Db } from '@syncar/db';
import type { RunEventBus } from './run-event-bus';

/**
 * The one way to record what happens in a run: stored in PostgreSQL first (the source of truth), then
 * announced on Redis. A failed announcement is not an error; subscribers catch up from PostgreSQL.
 */
export async function recordRunEvent(
  db: Db,
  bus: RunEventBus,
  runId: string,
  data: RunEventData,
  onPublishError: (error: unknown) => void = () => {},
): Promise<RunEvent> {
  const event = await appendRunEvent(db, runId, data);
  await bus.publish(event).catch(onPublishError);
  return event;
}
