'use client';

import { DEFAULT_EXPORT_COLUMNS, EXPORT_COLUMNS, type ExportColumn } from '@syncar/contracts';
import { useT } from '@/hooks/useI18n';

/** The columns of the file, as checkboxes in the file's own column order. */
export function ColumnChooser({
  value,
  onChange,
}: {
  value: readonly ExportColumn[];
  onChange: (columns: ExportColumn[]) => void;
}) {
  const t = useT();
  const toggle = (column: ExportColumn) =>
    onChange(EXPORT_COLUMNS.filter((c) => (c === column ? !value.includes(c) : value.includes(c))));
  return (
    <fieldset data-testid="export-columns">
      <div className="flex items-center justify-between gap-3">
        <legend className="text-sm font-medium text-slate-700">{t('export.columns')}</legend>
        <div className="flex gap-3 text-xs font-medium text-sky-700">
          <button
            type="button"
            className="hover:underline"
            onClick={() => onChange([...DEFAULT_EXPORT_COLUMNS])}
          >
            {t('export.columns.usual')}
          </button>
          <button type="button" className="hover:underline" onClick={() => onChange([...EXPORT_COLUMNS])}>
            {t('export.columns.all')}
          </button>
        </div>
      </div>
      <div className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1.5 sm:grid-cols-3">
        {EXPORT_COLUMNS.map((column) => (
          <label key={column} className="flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              data-testid={`export-column-${column}`}
              checked={value.includes(column)}
              onChange={() => toggle(column)}
              className="size-4 rounded border-slate-300 text-sky-600 focus:ring-sky-600"
            />
            {t(`export.column.${column}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
