'use client';

import { useState } from 'react';
import type { CatalogQuery } from '@/components/catalog/search/url-state';
import { Button } from '@/components/ui/Button';
import { Modal } from '@/components/ui/Modal';
import { useT } from '@/hooks/useI18n';
import { useCan } from '@/hooks/useMe';
import { ExportForm } from './ExportForm';
import { RecentExports } from './RecentExports';

/** "Exportar": the current view to CSV or XLSX, for roles holding catalog:export. */
export function ExportButton({ query, apiUrl }: { query: CatalogQuery; apiUrl: string }) {
  const t = useT();
  const can = useCan();
  const [open, setOpen] = useState(false);
  if (!can('catalog:export')) return null;
  return (
    <>
      <Button variant="secondary" data-testid="export-open" onClick={() => setOpen(true)}>
        {t('export.open')}
      </Button>
      <Modal open={open} onClose={() => setOpen(false)} title={t('export.title')} data-testid="export-dialog">
        <ExportForm query={query} apiUrl={apiUrl} />
        <RecentExports apiUrl={apiUrl} />
      </Modal>
    </>
  );
}
