'use client';

import { Alert } from '@/components/ui/Alert';
import { useExportStatus } from '@/hooks/useExportStatus';
import { useFormat, useI18n, useT } from '@/hooks/useI18n';
import { INTL_LOCALE } from '@/i18n/messages';
import { errorMessage } from '@/lib/errors';
import { formatSize } from './download';
import { ExportStatusBadge } from './ExportStatusBadge';

/** A background export as it goes: rows written out of the view's rows, then the download link. */
export function ExportProgress({ exportId, apiUrl }: { exportId: string; apiUrl: string }) {
  const t = useT();
  const format = useFormat();
  const { locale } = useI18n();
  const { data, error } = useExportStatus(exportId);
  if (error) return <Alert>{t('export.error', { message: errorMessage(error) })}</Alert>;
  if (!data) return null;
  const percent = data.rowsTotal ? Math.round((100 * data.rowsDone) / data.rowsTotal) : 0;
  return (
    <div data-testid="export-progress" className="space-y-2 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
      <div className="flex items-center justify-between gap-3 text-sm">
        <ExportStatusBadge status={data.status} />
        <span className="text-slate-600 tabular-nums" aria-live="polite">
          {data.status === 'ready'
            ? t('export.progress.ready', {
                count: format.number(data.rowsDone),
                size: formatSize(data.byteSize ?? 0, INTL_LOCALE[locale]),
              })
            : data.rowsTotal === null
              ? t('export.progress.counting')
              : t('export.progress.rows', {
                  done: format.number(data.rowsDone),
                  total: format.number(data.rowsTotal),
                })}
        </span>
      </div>
      {(data.status === 'queued' || data.status === 'running') && (
        <div
          role="progressbar"
          aria-label={t('export.progress.label')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          className="h-2 overflow-hidden rounded-full bg-slate-200"
        >
          <div className="h-full bg-sky-600 transition-[width]" style={{ width: `${percent}%` }} />
        </div>
      )}
      {data.status === 'failed' && <Alert>{t('export.error', { message: data.error ?? '' })}</Alert>}
      {data.downloadPath && (
        <a
          href={`${apiUrl}${data.downloadPath}`}
          data-testid="export-download"
          className="inline-flex text-sm font-semibold text-sky-700 hover:underline"
        >
          {t('export.download', { file: data.fileName })}
        </a>
      )}
    </div>
  );
}
