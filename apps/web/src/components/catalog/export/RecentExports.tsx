'use client';

import { useExportList } from '@/hooks/useExportList';
import { useFormat, useT } from '@/hooks/useI18n';
import { ExportStatusBadge } from './ExportStatusBadge';

/** The user's last exports: a large one can be fetched here after the dialog was closed, until it expires. */
export function RecentExports({ apiUrl }: { apiUrl: string }) {
  const t = useT();
  const format = useFormat();
  const { data } = useExportList();
  if (!data) return null;
  return (
    <section className="border-t border-slate-200 pt-4">
      <h3 className="text-sm font-semibold text-slate-900">{t('export.recent.title')}</h3>
      {data.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t('export.recent.empty')}</p>
      ) : (
        <ul data-testid="export-recent" className="mt-2 divide-y divide-slate-100 text-sm">
          {data.map((entry) => (
            <li
              key={entry.id}
              data-testid="export-recent-item"
              className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2"
            >
              <ExportStatusBadge status={entry.status} />
              {entry.downloadPath ? (
                <a
                  href={`${apiUrl}${entry.downloadPath}`}
                  className="font-medium text-sky-700 hover:underline"
                >
                  {entry.fileName}
                </a>
              ) : (
                <span className="font-medium text-slate-700">{entry.fileName}</span>
              )}
              <span className="text-slate-500">
                {entry.rowsTotal !== null && `${format.number(entry.rowsTotal)} · `}
                {t('export.recent.until', { time: format.dateTime(entry.expiresAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
