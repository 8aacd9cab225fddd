import {
  BUSINESS_TIME_ZONE,
  type CatalogExport,
  type CatalogFilters,
  type CatalogSort,
  catalogFiltersSchema,
  catalogSortSchema,
  EXPORT_TTL_HOURS,
  type ExportColumn,
  type ExportFormat,
  type ExportStatus,
  exportDownloadPath,
  type StartExportInput,
} from '@syncar/contracts';
import { sql } from 'kysely';
import type { Db } from '../client';
import type { AuditRecord } from './audit';

const exportColumns = (db: Db) =>
  db
    .selectFrom('catalogExports as e')
    .innerJoin('users as u', 'u.id', 'e.requestedBy')
    .select([
      'e.id',
      'e.requestedBy',
      'u.username as requestedByUsername',
      'e.mode',
      'e.status',
      'e.format',
      'e.columns',
      'e.filters',
      'e.sort',
      'e.locale',
      'e.rowsTotal',
      'e.rowsDone',
      'e.byteSize',
      'e.fileName',
      'e.error',
      'e.clientIp',
      'e.userAgent',
      'e.createdAt',
      'e.finishedAt',
      'e.expiresAt',
    ]);

type ExportRow = Awaited<ReturnType<ReturnType<typeof exportColumns>['executeTakeFirstOrThrow']>>;

/** An export as stored, with what it was asked for parsed back into its contract types. */
export interface ExportRecord
  extends Omit<ExportRow, 'mode' | 'status' | 'format' | 'columns' | 'filters' | 'sort' | 'locale'> {
  mode: CatalogExport['mode'];
  status: ExportStatus;
  format: ExportFormat;
  columns: ExportColumn[];
  filters: CatalogFilters;
  sort: CatalogSort;
  locale: StartExportInput['locale'];
}

const toRecord = (row: ExportRow): ExportRecord => ({
  ...row,
  mode: row.mode as ExportRecord['mode'],
  status: row.status as ExportStatus,
  format: row.format as ExportFormat,
  columns: row.columns as ExportColumn[],
  filters: catalogFiltersSchema.parse(row.filters),
  sort: catalogSortSchema.parse(row.sort),
  locale: row.locale as ExportRecord['locale'],
});

/** Past its expiry an export is expired, even before the hourly sweep has marked it so. */
export const exportStatusAt = (record: ExportRecord, now = new Date()): ExportStatus =>
  record.expiresAt <= now ? 'expired' : record.status;

/** What the API shows of an export: a download path only while the file can be downloaded. */
export function describeExport(record: ExportRecord): CatalogExport {
  const status = exportStatusAt(record);
  return {
    id: record.id,
    mode: record.mode,
    status,
    format: record.format,
    columns: record.columns,
    rowsTotal: record.rowsTotal,
    rowsDone: record.rowsDone,
    byteSize: record.byteSize,
    fileName: record.fileName,
    downloadPath: status === 'ready' ? exportDownloadPath(record.id) : null,
    error: record.error,
    createdAt: record.createdAt,
    finishedAt: record.finishedAt,
    expiresAt: record.expiresAt,
  };
}

/** `catalogo-2026-11-28-1530.csv`: when it was asked for, in the business's time zone. */
const fileNameSql = (format: ExportFormat) =>
  sql<string>`'catalogo-' || to_char(now() AT TIME ZONE ${sql.lit(BUSINESS_TIME_ZONE)}, 'YYYY-MM-DD-HH24MI')
    || ${`.${format}`}`;

export async function createExport(
  db: Db,
  input: StartExportInput & {
    requestedBy: string;
    mode: CatalogExport['mode'];
    /** Known up front for a direct export; a job counts when it starts. */
    rowsTotal: number | null;
    clientIp: string | null;
    userAgent: string | null;
  },
): Promise<ExportRecord> {
  const { id } = await db
    .insertInto('catalogExports')
    .values({
      requestedBy: input.requestedBy,
      mode: input.mode,
      status: input.mode === 'direct' ? 'ready' : 'queued',
      format: input.format,
      columns: input.columns,
      filters: JSON.stringify(input.filters),
      sort: input.sort,
      locale: input.locale,
      rowsTotal: input.rowsTotal,
      fileName: fileNameSql(input.format),
      clientIp: input.clientIp,
      userAgent: input.userAgent?.slice(0, 500) ?? null,
      expiresAt: sql`now() + make_interval(hours => ${EXPORT_TTL_HOURS})`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await findExport(db, id))!;
}

export async function findExport(db: Db, id: string): Promise<ExportRecord | undefined> {
  const row = await exportColumns(db).where('e.id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

/** A user's most recent exports, newest first. */
export async function listExports(db: Db, userId: string, limit: number): Promise<ExportRecord[]> {
  const rows = await exportColumns(db)
    .where('e.requestedBy', '=', userId)
    .orderBy('e.createdAt', 'desc')
    .orderBy('e.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRecord);
}

/** A job takes its export; false when it is no longer waiting (done, failed or expired meanwhile). */
export async function startExportJob(db: Db, id: string): Promise<boolean> {
  const result = await db
    .updateTable('catalogExports')
    .set({ status: 'running', startedAt: sql`now()`, rowsDone: 0, error: null })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .where('expiresAt', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function recordExportProgress(
  db: Db,
  id: string,
  progress: { rowsTotal?: number; rowsDone: number },
): Promise<void> {
  await db
    .updateTable('catalogExports')
    .set(progress)
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

export async function finishExport(db: Db, id: string, done: { rowsDone: number; byteSize: number }) {
  await db
    .updateTable('catalogExports')
    .set({ ...done, rowsTotal: done.rowsDone, status: 'ready', finishedAt: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function failExport(db: Db, id: string, error: string) {
  await db
    .updateTable('catalogExports')
    .set({ status: 'failed', error: error.slice(0, 1000), finishedAt: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** Marks every export past its expiry as expired; returns them, so their files can be deleted. */
export async function expireExports(db: Db): Promise<Array<{ id: string; format: ExportFormat }>> {
  const rows = await db
    .updateTable('catalogExports')
    .set({ status: 'expired' })
    .where('status', '!=', 'expired')
    .where('expiresAt', '<=', sql<Date>`now()`)
    .returning(['id', 'format'])
    .execute();
  return rows.map((row) => ({ id: row.id, format: row.format as ExportFormat }));
}

export const EXPORT_AUDIT_ACTION = 'catalog.exported';

/** The audit entry of an export: who, from where, and what the file holds. */
export function exportAuditRecord(
  record: ExportRecord,
  rows: number,
  extra: Record<string, unknown> = {},
): AuditRecord {
  return {
    actorId: record.requestedBy,
    actorLabel: record.requestedByUsername,
    action: EXPORT_AUDIT_ACTION,
    targetType: 'export',
    targetId: record.id,
    ip: record.clientIp,
    userAgent: record.userAgent,
    details: {
      format: record.format,
      mode: record.mode,
      rows,
      columns: record.columns,
      filters: record.filters,
      sort: record.sort,
      ...extra,
    },
  };
}
