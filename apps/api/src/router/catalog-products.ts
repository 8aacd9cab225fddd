import {
  catalogProductSchema,
  compareInputSchema,
  compareOutputSchema,
  historyPointSchema,
  linkCandidatesInputSchema,
  partLinkInputSchema,
  partLinkResultSchema,
  partOfferSchema,
  productHistoryInputSchema,
  productInputSchema,
  samePartsSchema,
} from '@syncar/contracts';
import {
  compareParts,
  findCatalogProduct,
  findLinkCandidates,
  linkProducts,
  productHistory,
  sameParts,
  unlinkProducts,
} from '@syncar/db';
import { z } from 'zod';
import type { Context } from '../context';
import { audit, principalOf, procedure, router, TRPCError } from '../trpc';

async function existingProduct(ctx: Context, id: string) {
  const product = await findCatalogProduct(ctx.db, id);
  if (!product) throw new TRPCError({ code: 'NOT_FOUND', message: 'El producto no existe' });
  return product;
}

/** Both products of a verdict, for the audit entry (who said which two offers are or are not one part). */
async function verdictPair(ctx: Context, productId: string, otherProductId: string) {
  const pair = [await existingProduct(ctx, productId), await existingProduct(ctx, otherProductId)];
  return {
    pair,
    details: pair.map((p) => ({ id: p.id, sku: p.sku, name: p.name, supplier: p.supplier.name })),
  };
}

/** The product page and the cross-supplier comparison. */
export const partsRouter = router({
  product: procedure('catalog:read')
    .meta({
      openapi: {
        method: 'GET',
        path: '/catalog/products/{id}',
        tags: ['Catálogo'],
        summary: 'Un producto: precio, stock, especificaciones, códigos OEM, aplicaciones e imágenes',
        protect: true,
      },
    })
    .input(productInputSchema)
    .output(catalogProductSchema)
    .query(({ ctx, input }) => existingProduct(ctx, input.id)),

  /** Price, stock and availability changes for the chart, oldest first. */
  history: procedure('catalog:read')
    .meta({
      openapi: {
        method: 'GET',
        path: '/catalog/products/{id}/history',
        tags: ['Catálogo'],
        summary: 'Cambios de precio, stock y disponibilidad de un producto',
        protect: true,
      },
    })
    .input(productHistoryInputSchema)
    .output(z.array(historyPointSchema))
    .query(async ({ ctx, input }) => {
      await existingProduct(ctx, input.id);
      return productHistory(ctx.db, input.id, { days: input.days });
    }),

  sameParts: procedure('catalog:read')
    .input(productInputSchema)
    .output(samePartsSchema)
    .query(async ({ ctx, input }) => {
      await existingProduct(ctx, input.id);
      return sameParts(ctx.db, input.id);
    }),

  compare: procedure('catalog:read')
    .meta({
      openapi: {
        method: 'POST',
        path: '/catalog/compare',
        tags: ['Catálogo'],
        summary: 'Comparar entre proveedores las piezas que encuentra la búsqueda',
        protect: true,
      },
    })
    .input(compareInputSchema)
    .output(compareOutputSchema)
    .query(({ ctx, input }) => compareParts(ctx.db, input)),

  /** Other suppliers' products to link with one, found by SKU, OEM code or name. */
  linkCandidates: procedure('catalog:link')
    .input(linkCandidatesInputSchema)
    .output(z.array(partOfferSchema))
    .query(async ({ ctx, input }) => {
      await existingProduct(ctx, input.id);
      return findLinkCandidates(ctx.db, input.id, input.q);
    }),

  /** Two products of different suppliers are the same part (even without a shared OEM code). */
  link: procedure('catalog:link')
    .input(partLinkInputSchema)
    .output(partLinkResultSchema)
    .mutation(async ({ ctx, input }) => {
      const { pair, details } = await verdictPair(ctx, input.productId, input.otherProductId);
      if (pair[0]!.supplier.id === pair[1]!.supplier.id) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'Solo se vinculan productos de proveedores distintos',
        });
      }
      const result = await linkProducts(
        ctx.db,
        input.productId,
        input.otherProductId,
        principalOf(ctx).userId,
      );
      await audit(ctx, 'part.linked', { type: 'product', id: input.productId }, { products: details });
      return result;
    }),

  /** Two products are not the same part, even if they share an OEM code. */
  unlink: procedure('catalog:link')
    .input(partLinkInputSchema)
    .output(partLinkResultSchema)
    .mutation(async ({ ctx, input }) => {
      const { details } = await verdictPair(ctx, input.productId, input.otherProductId);
      const result = await unlinkProducts(
        ctx.db,
        input.productId,
        input.otherProductId,
        principalOf(ctx).userId,
      );
      await audit(
        ctx,
        'part.unlinked',
        { type: 'product', id: input.productId },
        { products: details, stillGrouped: result.grouped },
      );
      return result;
    }),
});
