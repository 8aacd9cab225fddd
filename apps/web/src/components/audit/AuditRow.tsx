'use client';

import type { AuditEntry } from '@syncar/contracts';
import { useFormat, useT } from '@/hooks/useI18n';

/** One entry: when, who, what, on what, from where; its details folded away. */
export function AuditRow({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const format = useFormat();
  const target = entry.targetType
    ? `${entry.targetType}${entry.targetId ? `: ${entry.targetId}` : ''}`
    : null;
  const hasDetails = Object.keys(entry.details).length > 0;
  return (
    <tr data-testid="audit-row" data-action={entry.action} className="align-top">
      <td className="px-5 py-3 whitespace-nowrap text-slate-700 tabular-nums">
        <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at)}</time>
      </td>
      <td className="px-5 py-3 text-slate-900">{entry.actorLabel}</td>
      <td className="px-5 py-3">
        <span className="font-mono text-xs font-medium text-slate-900">{entry.action}</span>
        {hasDetails && (
          <details className="mt-1 text-xs text-slate-600">
            <summary className="cursor-pointer select-none text-sky-700">{t('audit.details')}</summary>
            <pre className="mt-1 max-w-md overflow-x-auto rounded bg-slate-50 p-2 font-mono whitespace-pre-wrap break-words">
              {JSON.stringify(entry.details, null, 2)}
            </pre>
          </details>
        )}
      </td>
      <td className="max-w-xs px-5 py-3 font-mono text-xs break-all text-slate-600">
        {target ?? t('common.none')}
      </td>
      <td className="px-5 py-3 font-mono text-xs whitespace-nowrap text-slate-600">
        {entry.ip ?? t('common.none')}
      </td>
    </tr>
  );
}
