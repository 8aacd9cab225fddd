'use client';

import type { Supplier } from '@syncar/contracts';
import { Badge } from '@/components/ui/Badge';
import { Panel } from '@/components/ui/Panel';
import { useT } from '@/hooks/useI18n';
import { CredentialsForm } from './CredentialsForm';

/** Whether the portal credentials are set, and the form that replaces them (never shows them). */
export function SupplierCredentials({ supplier }: { supplier: Supplier }) {
  const t = useT();
  return (
    <Panel data-testid="supplier-credentials" aria-labelledby="credentials-title" className="p-5">
      <header className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h3 id="credentials-title" className="text-base font-semibold text-slate-900">
            {t('credentials.title')}
          </h3>
          <p className="mt-1 text-sm text-slate-600">{t('credentials.hint')}</p>
        </div>
        <Badge
          tone={supplier.credentialsSet ? 'success' : 'warning'}
          data-testid="credentials-status"
          data-state={supplier.credentialsSet ? 'set' : 'unset'}
        >
          {supplier.credentialsSet ? t('credentials.set') : t('credentials.unset')}
        </Badge>
      </header>
      <CredentialsForm key={supplier.id} supplierId={supplier.id} />
    </Panel>
  );
}
