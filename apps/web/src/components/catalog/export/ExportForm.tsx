'use client';

import {
  type CatalogExport,
  DEFAULT_EXPORT_COLUMNS,
  EXPORT_FORMATS,
  type ExportColumn,
  type ExportFormat,
} from '@syncar/contracts';
import { type FormEvent, useState } from 'react';
import { type CatalogQuery, catalogFilters } from '@/components/catalog/search/url-state';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { useExportStart } from '@/hooks/useExportStart';
import { useFormat, useI18n, useT } from '@/hooks/useI18n';
import { errorMessage } from '@/lib/errors';
import { ColumnChooser } from './ColumnChooser';
import { startDownload } from './download';
import { ExportProgress } from './ExportProgress';

/**
 * Format and columns for an export of the view `query`. A small export downloads at once; a large one is
 * followed here until its file is ready.
 */
export function ExportForm({ query, apiUrl }: { query: CatalogQuery; apiUrl: string }) {
  const t = useT();
  const format = useFormat();
  const { locale } = useI18n();
  const [fileFormat, setFileFormat] = useState<ExportFormat>('csv');
  const [columns, setColumns] = useState<ExportColumn[]>([...DEFAULT_EXPORT_COLUMNS]);
  const [started, setStarted] = useState<CatalogExport | null>(null);
  const start = useExportStart();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setStarted(null);
    start.mutate(
      { format: fileFormat, columns, filters: catalogFilters(query), sort: query.sort, locale },
      {
        onSuccess: (created) => {
          setStarted(created);
          if (created.mode === 'direct' && created.downloadPath)
            startDownload(`${apiUrl}${created.downloadPath}`);
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} className="space-y-4" data-testid="export-form">
      <p className="text-sm text-slate-600">{t('export.intro')}</p>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">{t('export.format')}</legend>
        <div className="mt-2 space-y-1.5">
          {EXPORT_FORMATS.map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm text-slate-700">
              <input
                type="radio"
                name="export-format"
                value={value}
                data-testid={`export-format-${value}`}
                checked={fileFormat === value}
                onChange={() => setFileFormat(value)}
                className="size-4 border-slate-300 text-sky-600 focus:ring-sky-600"
              />
              {t(`export.format.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <ColumnChooser value={columns} onChange={setColumns} />
      {start.error && (
        <Alert data-testid="export-error">{t('export.error', { message: errorMessage(start.error) })}</Alert>
      )}
      {started?.mode === 'direct' && (
        <Notice data-testid="export-direct">
          {t('export.direct', { count: format.number(started.rowsTotal ?? 0) })}{' '}
          <a
            href={`${apiUrl}${started.downloadPath}`}
            data-testid="export-download"
            className="font-semibold underline"
          >
            {t('export.download', { file: started.fileName })}
          </a>
        </Notice>
      )}
      {started?.mode === 'job' && (
        <>
          <p className="text-sm text-slate-600">{t('export.large')}</p>
          <ExportProgress exportId={started.id} apiUrl={apiUrl} />
        </>
      )}
      <div className="flex justify-end">
        <Button
          type="submit"
          data-testid="export-submit"
          pending={start.isPending}
          disabled={columns.length === 0}
        >
          {t('export.submit')}
        </Button>
      </div>
    </form>
  );
}
