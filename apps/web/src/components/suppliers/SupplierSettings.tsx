'use client';

import { Alert } from '@/components/ui/Alert';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import { useT } from '@/hooks/useI18n';
import { useCan } from '@/hooks/useMe';
import { useSupplierSettings } from '@/hooks/useSupplierSettings';
import { errorMessage } from '@/lib/errors';
import { SupplierSettingsForm } from './SupplierSettingsForm';

/** How SYNCAR treats the supplier's portal when it syncs; editable with `suppliers:manage`, visible to all. */
export function SupplierSettings({ supplierId }: { supplierId: string }) {
  const t = useT();
  const can = useCan();
  const settings = useSupplierSettings(supplierId);
  return (
    <Panel data-testid="supplier-settings" aria-labelledby="settings-title" className="p-5">
      <header className="mb-4">
        <h3 id="settings-title" className="text-base font-semibold text-slate-900">
          {t('settings.title')}
        </h3>
        <p className="mt-1 text-sm text-slate-600">{t('settings.hint')}</p>
      </header>
      {settings.data ? (
        <SupplierSettingsForm
          supplierId={supplierId}
          settings={settings.data}
          readOnly={!can('suppliers:manage')}
        />
      ) : settings.isError ? (
        <Alert data-testid="settings-load-error">
          {t('settings.loadError', { message: errorMessage(settings.error) })}
        </Alert>
      ) : (
        <div aria-busy="true" className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <span className="sr-only">{t('common.loading')}</span>
          <Skeleton className="h-16 w-full" />
          <Skeleton className="h-16 w-full" />
        </div>
      )}
    </Panel>
  );
}
