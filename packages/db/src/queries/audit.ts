import type { AuditEntry } from '@syncar/contracts';
import type { Db } from '../client';

export interface AuditRecord {
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  details?: Record<string, unknown>;
}

export async function recordAudit(db: Db, entry: AuditRecord): Promise<void> {
  await db
    .insertInto('auditLog')
    .values({
      actorId: entry.actorId,
      actorLabel: entry.actorLabel,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ip: entry.ip ?? null,
      userAgent: entry.userAgent?.slice(0, 500) ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

/** Newest first, filtered, paged by id. */
export async function listAudit(
  db: Db,
  input: {
    action?: string | undefined;
    actorId?: string | undefined;
    from?: Date | undefined;
    to?: Date | undefined;
    limit: number;
    cursor?: number | null | undefined;
  },
) {
  let query = db
    .selectFrom('auditLog')
    .select([
      'id',
      'at',
      'actorId',
      'actorLabel',
      'action',
      'targetType',
      'targetId',
      'ip',
      'userAgent',
      'details',
    ])
    .orderBy('id', 'desc')
    .limit(input.limit + 1);
  if (input.action)
    query = query.where('action', 'like', `${input.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (input.actorId) query = query.where('actorId', '=', input.actorId);
  if (input.from) query = query.where('at', '>=', input.from);
  if (input.to) query = query.where('at', '<', input.to);
  if (input.cursor) query = query.where('id', '<', input.cursor);
  const rows = await query.execute();
  const items: AuditEntry[] = rows
    .slice(0, input.limit)
    .map((row) => ({ ...row, details: (row.details ?? {}) as Record<string, unknown> }));
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}
