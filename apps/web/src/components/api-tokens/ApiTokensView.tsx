'use client';

import type { CreatedApiToken } from '@syncar/contracts';
import { useState } from 'react';
import { PageHeader } from '@/components/layout/PageHeader';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import { useApiTokens } from '@/hooks/useApiTokens';
import { useFeedback } from '@/hooks/useFeedback';
import { useT } from '@/hooks/useI18n';
import { useMe } from '@/hooks/useMe';
import { errorMessage } from '@/lib/errors';
import { hasPermission } from '@/lib/permissions';
import { ApiTokensTable } from './ApiTokensTable';
import { CreatedApiTokenSecret } from './CreatedApiTokenSecret';
import { NewApiTokenForm } from './NewApiTokenForm';

/** The signed-in user's API tokens: create one (its secret shown once), see when each was used, revoke. */
export function ApiTokensView({ docsUrl }: { docsUrl: string }) {
  const t = useT();
  const { data: me } = useMe();
  const canSeeAll = hasPermission(me, 'users:manage');
  const [all, setAll] = useState(false);
  const tokens = useApiTokens(all && canSeeAll ? 'all' : 'mine');
  const feedback = useFeedback();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);

  return (
    <>
      <PageHeader
        title={t('apiTokens.title')}
        subtitle={t('apiTokens.subtitle')}
        action={
          !creating &&
          !created && (
            <Button data-testid="new-api-token" onClick={() => setCreating(true)}>
              {t('apiTokens.new')}
            </Button>
          )
        }
      />
      <p className="mb-6 max-w-3xl text-sm text-slate-700">
        {t('apiTokens.intro')}{' '}
        <a
          href={docsUrl}
          target="_blank"
          rel="noopener"
          data-testid="api-docs-link"
          className="font-medium text-sky-700 underline hover:text-sky-900"
        >
          {t('apiTokens.docs')}
          <span className="sr-only"> {t('common.opensInNewTab')}</span>
        </a>
      </p>
      {creating && me && (
        <NewApiTokenForm
          own={me.permissions}
          feedback={feedback}
          onCancel={() => setCreating(false)}
          onCreated={(answer) => {
            setCreating(false);
            setCreated(answer);
          }}
        />
      )}
      {created && <CreatedApiTokenSecret created={created} onDone={() => setCreated(null)} />}
      <div className="mb-4 space-y-3">
        {feedback.error ? (
          <Alert data-testid="api-tokens-error" onDismiss={feedback.clear}>
            {errorMessage(feedback.error)}
          </Alert>
        ) : null}
        {feedback.notice && <Notice data-testid="api-tokens-notice">{feedback.notice}</Notice>}
      </div>
      <Panel aria-label={t('apiTokens.list.caption')} className="overflow-hidden">
        {canSeeAll && (
          <div className="border-b border-slate-200 px-5 py-3">
            <label className="inline-flex items-center gap-2 text-sm text-slate-700">
              <input
                type="checkbox"
                data-testid="api-tokens-all"
                checked={all}
                onChange={(event) => setAll(event.target.checked)}
                className="size-4 accent-sky-600"
              />
              {t('apiTokens.list.all')}
            </label>
          </div>
        )}
        {tokens.error ? (
          <div className="p-5">
            <Alert data-testid="api-tokens-load-error">
              {t('apiTokens.list.loadError', { message: errorMessage(tokens.error) })}
            </Alert>
          </div>
        ) : !tokens.data ? (
          <div className="space-y-2 p-5">
            <Skeleton className="h-6 w-full" />
            <Skeleton className="h-6 w-2/3" />
          </div>
        ) : tokens.data.length === 0 ? (
          <p data-testid="api-tokens-empty" className="p-5 text-sm text-slate-600">
            {t('apiTokens.list.empty')}
          </p>
        ) : (
          <ApiTokensTable tokens={tokens.data} showOwner={all && canSeeAll} feedback={feedback} />
        )}
      </Panel>
    </>
  );
}
