'use client';

import { useState } from 'react';
import { type CatalogQuery, catalogFilters } from '@/components/catalog/search/url-state';
import { Button } from '@/components/ui/Button';
import { Modal } from '@/components/ui/Modal';
import { useDeleteProducts } from '@/hooks/useDeleteProducts';
import { useFormat, useT } from '@/hooks/useI18n';
import { useCan } from '@/hooks/useMe';
import { ConfirmDelete } from './ConfirmDelete';

/** "Eliminar": every product of the current view, after a confirmation that states how many. */
export function DeleteViewButton({ query }: { query: CatalogQuery }) {
  const t = useT();
  const can = useCan();
  const [open, setOpen] = useState(false);
  if (!can('catalog:delete')) return null;
  return (
    <>
      <Button variant="danger" data-testid="delete-view-open" onClick={() => setOpen(true)}>
        {t('delete.view.open')}
      </Button>
      <Modal
        open={open}
        onClose={() => setOpen(false)}
        title={t('delete.view.title')}
        data-testid="delete-dialog"
      >
        <DeleteViewConfirm query={query} onClose={() => setOpen(false)} />
      </Modal>
    </>
  );
}

function DeleteViewConfirm({ query, onClose }: { query: CatalogQuery; onClose: () => void }) {
  const t = useT();
  const format = useFormat();
  const [target] = useState(() => ({ by: 'filters' as const, filters: catalogFilters(query) }));
  const { preview, remove } = useDeleteProducts(target, true);
  const count = preview.data?.products;
  const shown = count === undefined ? '' : format.number(count);
  return (
    <ConfirmDelete
      body={
        count === undefined ? null : (
          <p>{count === 0 ? t('delete.view.none') : t('delete.view.body', { count: shown })}</p>
        )
      }
      confirmLabel={count ? t('delete.view.confirm', { count: shown }) : null}
      done={remove.data ? t('delete.view.done', { count: format.number(remove.data.products) }) : null}
      pending={remove.isPending}
      error={remove.error ?? preview.error}
      onConfirm={() => count !== undefined && remove.mutate({ target, expectedCount: count })}
      onClose={onClose}
    />
  );
}
