'use client';

import type { RunEvidence as Evidence } from '@syncar/contracts';
import { useState } from 'react';
import { Badge } from '@/components/ui/Badge';
import { useFormat, useT } from '@/hooks/useI18n';
import { useRunEvidence, useRunEvidenceContent } from '@/hooks/useRunEvidence';
import { errorMessage } from '@/lib/errors';

/**
 * What the portal showed where the run failed: the list, and one piece opened at a time. Saved HTML is shown
 * in a sandboxed frame (no scripts, forms or navigation): it is the supplier's page, not ours.
 */
export function RunEvidence({ runId, finished }: { runId: string; finished: boolean }) {
  const t = useT();
  const evidence = useRunEvidence(runId, finished);
  const [openId, setOpenId] = useState<string | null>(null);
  if (evidence.isError) {
    return (
      <p role="alert" className="text-sm text-red-700">
        {t('evidence.loadError', { message: errorMessage(evidence.error) })}
      </p>
    );
  }
  if (!evidence.data?.length) return null;
  return (
    <section data-testid="run-evidence" className="space-y-2">
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{t('evidence.title')}</h3>
        <p className="text-xs text-slate-500">{t('evidence.caption')}</p>
      </div>
      <ul className="divide-y divide-slate-100 rounded-md ring-1 ring-slate-200">
        {evidence.data.map((item) => (
          <EvidenceItem
            key={item.id}
            item={item}
            open={openId === item.id}
            onToggle={() => setOpenId(openId === item.id ? null : item.id)}
          />
        ))}
      </ul>
    </section>
  );
}

function EvidenceItem({ item, open, onToggle }: { item: Evidence; open: boolean; onToggle: () => void }) {
  const t = useT();
  const format = useFormat();
  return (
    <li data-testid="run-evidence-item" data-kind={item.kind} className="space-y-2 px-3 py-2 text-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 space-y-0.5">
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone={item.kind === 'screenshot' ? 'info' : 'neutral'}>
              {t(`evidence.kind.${item.kind}`)}
            </Badge>
            <span data-testid="run-evidence-url" className="break-all font-mono text-xs text-slate-700">
              {item.url}
            </span>
          </p>
          <p data-testid="run-evidence-error" className="break-words text-red-800">
            {item.error}
          </p>
          <p className="text-xs text-slate-500">
            {format.dateTime(item.createdAt)} ·{' '}
            {t('evidence.size', { size: format.number(Math.ceil(item.byteSize / 1024)) })}
            {item.truncated && ` · ${t('evidence.truncated')}`}
          </p>
        </div>
        <button
          type="button"
          data-testid="run-evidence-toggle"
          aria-expanded={open}
          onClick={onToggle}
          className="rounded-md px-2 py-1 font-medium text-sky-700 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-600"
        >
          {open ? t('evidence.hide') : t('evidence.show')}
        </button>
      </div>
      {open && <EvidenceContent id={item.id} url={item.url} />}
    </li>
  );
}

function EvidenceContent({ id, url }: { id: string; url: string }) {
  const t = useT();
  const content = useRunEvidenceContent(id);
  if (content.isPending) return <p className="text-xs text-slate-500">{t('common.loading')}</p>;
  if (content.isError) {
    return (
      <p role="alert" className="text-sm text-red-700">
        {t('evidence.loadError', { message: errorMessage(content.error) })}
      </p>
    );
  }
  const { html, screenshotDataUrl } = content.data;
  if (screenshotDataUrl) {
    return (
      <img
        data-testid="run-evidence-screenshot"
        src={screenshotDataUrl}
        alt={t('evidence.screenshotAlt', { url })}
        className="max-h-[32rem] w-full rounded border border-slate-200 object-contain object-top"
      />
    );
  }
  return (
    <div className="space-y-1">
      <iframe
        data-testid="run-evidence-frame"
        title={t('evidence.frameTitle', { url })}
        sandbox=""
        srcDoc={html ?? ''}
        className="h-96 w-full rounded border border-slate-200 bg-white"
      />
      <p className="text-xs text-slate-500">{t('evidence.safeNote')}</p>
    </div>
  );
}
