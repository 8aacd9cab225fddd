'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Modal } from '@/components/ui/Modal';
import { useDeleteCategories } from '@/hooks/useDeleteCategories';
import { useFormat, useT } from '@/hooks/useI18n';
import { useCan } from '@/hooks/useMe';
import { ConfirmDelete } from './ConfirmDelete';

/** "Eliminar categorías": the categories the view is filtered by, with their products, after a confirmation. */
export function DeleteCategoriesButton({
  categoryIds,
  onDeleted,
}: {
  categoryIds: string[];
  onDeleted: () => void;
}) {
  const t = useT();
  const can = useCan();
  const [open, setOpen] = useState(false);
  // The filter is cleared once the confirmation closes, so the "deleted" notice stays readable until then.
  const [deleted, setDeleted] = useState(false);
  const close = () => {
    setOpen(false);
    if (deleted) {
      setDeleted(false);
      onDeleted();
    }
  };
  if (!can('catalog:delete') || categoryIds.length === 0) return null;
  return (
    <>
      <Button variant="danger" data-testid="delete-categories-open" onClick={() => setOpen(true)}>
        {t('delete.categories.open', { count: categoryIds.length })}
      </Button>
      <Modal open={open} onClose={close} title={t('delete.categories.title')} data-testid="delete-dialog">
        <DeleteCategoriesConfirm
          categoryIds={categoryIds}
          onDeleted={() => setDeleted(true)}
          onClose={close}
        />
      </Modal>
    </>
  );
}

function DeleteCategoriesConfirm({
  categoryIds,
  onDeleted,
  onClose,
}: {
  categoryIds: string[];
  onDeleted: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const [ids] = useState(categoryIds);
  const { preview, remove } = useDeleteCategories(ids, true);
  const counts = preview.data;
  const shown = counts && {
    categories: format.number(counts.categories),
    products: format.number(counts.products),
  };
  return (
    <ConfirmDelete
      body={shown ? <p>{t('delete.categories.body', shown)}</p> : null}
      confirmLabel={counts?.categories && shown ? t('delete.categories.confirm', shown) : null}
      done={
        remove.data
          ? t('delete.categories.done', {
              categories: format.number(remove.data.categories),
              products: format.number(remove.data.products),
            })
          : null
      }
      pending={remove.isPending}
      error={remove.error ?? preview.error}
      onConfirm={() =>
        counts &&
        remove.mutate(
          { categoryIds: ids, expectedCategories: counts.categories, expectedProducts: counts.products },
          { onSuccess: onDeleted },
        )
      }
      onClose={onClose}
    />
  );
}
