'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Modal } from '@/components/ui/Modal';
import { useDeleteProducts } from '@/hooks/useDeleteProducts';
import { useT } from '@/hooks/useI18n';
import { useCan } from '@/hooks/useMe';
import { ConfirmDelete } from './ConfirmDelete';

/** "Eliminar producto" on a product's page; back to the catalog once it is gone. */
export function DeleteProductButton({ productId, name }: { productId: string; name: string }) {
  const t = useT();
  const can = useCan();
  const [open, setOpen] = useState(false);
  if (!can('catalog:delete')) return null;
  return (
    <>
      <Button variant="danger" data-testid="delete-product-open" onClick={() => setOpen(true)}>
        {t('delete.product.open')}
      </Button>
      <Modal
        open={open}
        onClose={() => setOpen(false)}
        title={t('delete.product.title')}
        data-testid="delete-dialog"
      >
        <DeleteProductConfirm productId={productId} name={name} onClose={() => setOpen(false)} />
      </Modal>
    </>
  );
}

function DeleteProductConfirm({
  productId,
  name,
  onClose,
}: {
  productId: string;
  name: string;
  onClose: () => void;
}) {
  const t = useT();
  const router = useRouter();
  const [target] = useState(() => ({ by: 'ids' as const, ids: [productId] }));
  const { preview, remove } = useDeleteProducts(target, true);
  const count = preview.data?.products;
  return (
    <ConfirmDelete
      body={
        count === undefined ? null : (
          <p>{count ? t('delete.product.body', { name }) : t('delete.view.none')}</p>
        )
      }
      confirmLabel={count ? t('delete.product.confirm') : null}
      done={null}
      pending={remove.isPending}
      error={remove.error ?? preview.error}
      onConfirm={() =>
        count !== undefined &&
        remove.mutate({ target, expectedCount: count }, { onSuccess: () => router.replace('/catalog') })
      }
      onClose={onClose}
    />
  );
}
