'use client';

import type { CreatedApiToken } from '@syncar/contracts';
import { useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { INPUT_CLASS } from '@/components/ui/Field';
import { Panel } from '@/components/ui/Panel';
import { useT } from '@/hooks/useI18n';

/** The new token's secret, shown once with a copy button; dismissing it forgets it. */
export function CreatedApiTokenSecret({ created, onDone }: { created: CreatedApiToken; onDone: () => void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopy('copied');
    } catch {
      // Without clipboard access (plain http, permissions): select it for a manual copy.
      input.current?.select();
      setCopy('failed');
    }
  };

  return (
    <Panel
      aria-labelledby="api-token-secret-title"
      data-testid="api-token-created"
      className="mb-6 border-l-4 border-amber-400 p-5"
    >
      <h2 id="api-token-secret-title" className="text-base font-semibold text-slate-900">
        {t('apiTokens.secret.title')}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t('apiTokens.secret.body')}</p>
      <div className="mt-4 flex flex-col gap-2 sm:flex-row">
        <label htmlFor="api-token-secret" className="sr-only">
          {t('apiTokens.secret.label', { name: created.token.name })}
        </label>
        <input
          ref={input}
          id="api-token-secret"
          data-testid="api-token-secret"
          readOnly
          value={created.secret}
          onFocus={(event) => event.target.select()}
          className={`${INPUT_CLASS} font-mono`}
        />
        <Button variant="secondary" data-testid="api-token-copy" onClick={onCopy}>
          {copy === 'copied' ? t('apiTokens.secret.copied') : t('apiTokens.secret.copy')}
        </Button>
        <Button data-testid="api-token-secret-done" onClick={onDone}>
          {t('apiTokens.secret.done')}
        </Button>
      </div>
      {copy === 'failed' && (
        <p role="status" className="mt-2 text-xs text-amber-800">
          {t('apiTokens.secret.copyFailed')}
        </p>
      )}
      {copy === 'copied' && (
        <p role="status" className="sr-only">
          {t('apiTokens.secret.copied')}
        </p>
      )}
    </Panel>
  );
}
