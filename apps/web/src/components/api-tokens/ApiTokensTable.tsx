'use client';

import type { ApiToken } from '@syncar/contracts';
import type { Feedback } from '@/hooks/useFeedback';
import { useT } from '@/hooks/useI18n';
import type { MessageKey } from '@/i18n/messages';
import { ApiTokenRow } from './ApiTokenRow';

const COLUMNS: readonly MessageKey[] = [
  'apiTokens.col.name',
  'apiTokens.col.owner',
  'apiTokens.col.permissions',
  'apiTokens.col.created',
  'apiTokens.col.lastUsed',
  'apiTokens.col.expires',
  'apiTokens.col.status',
  'apiTokens.col.actions',
];

interface ApiTokensTableProps {
  tokens: readonly ApiToken[];
  showOwner: boolean;
  feedback: Feedback;
}

export function ApiTokensTable({ tokens, showOwner, feedback }: ApiTokensTableProps) {
  const t = useT();
  const columns = COLUMNS.filter((column) => showOwner || column !== 'apiTokens.col.owner');
  return (
    <div className="overflow-x-auto">
      <table data-testid="api-tokens-table" className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t('apiTokens.list.caption')}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <tr>
            {columns.map((column) => (
              <th
                key={column}
                scope="col"
                className={`px-5 py-2.5 ${column === 'apiTokens.col.actions' ? 'text-right' : ''}`}
              >
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((token) => (
            <ApiTokenRow key={token.id} token={token} showOwner={showOwner} feedback={feedback} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
