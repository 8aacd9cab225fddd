import { AbortedError, CategoryGoneError, ConnectorError, LoginFailedError } from '@syncar/connectors';
import { productsRunParamsSchema, type ScrapedProduct } from '@syncar/contracts';
import {
  findCategoriesByIds,
  findCheckpoints,
  findRunParams,
  finishCategory,
  markCategoryMissing,
  markUnseenProductsMissing,
  saveRunStats,
  storeProductPage,
} from '@syncar/db';
import { keepEvidence } from '../evidence';
import { AdaptivePool } from './adaptive-pool';
import { downloadPageImages } from './images';
import { keepSession, logIn, openSupplier } from './supplier';
import type { Processor } from './types';

/** Warnings of one kind written to the run log before they are only counted. */
const MAX_LOGGED_PROBLEMS = 50;

interface Totals {
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
}

/**
 * Walks the selected categories page by page: each page's product details are fetched (a few at a time), stored
 * in one transaction and checkpointed, so a retried or resumed run continues where it stopped. A failing category
 * does not stop the others; the run then fails with the list, and its retry redoes only what is left. Products
 * of fully walked categories that the portal no longer lists are marked missing.
 */
export const syncProducts: Processor<'sync-products'> = async ({
  runId,
  signal,
  services,
  logger,
  report,
}) => {
  const { supplier, connector } = await openSupplier(services, runId);
  const { categoryIds } = productsRunParamsSchema.parse(await findRunParams(services.db, runId));
  const categories = await findCategoriesByIds(services.db, supplier.id, categoryIds, supplier.categoryOrder);
  const checkpoints = new Map((await findCheckpoints(services.db, runId)).map((cp) => [cp.categoryId, cp]));
  const totals: Totals = { new: 0, updated: 0, unchanged: 0, failed: 0 };
  let imagesDownloaded = 0;
  let logged = 0;
  const warn = async (message: string) => {
    if (logged++ < MAX_LOGGED_PROBLEMS) await report({ type: 'log', level: 'warn', message });
  };
  let done = [...checkpoints.values()].reduce((sum, cp) => sum + cp.productsDone, 0);
  let expected = categories.reduce(
    (sum, c) => sum + (checkpoints.get(c.id)?.productsTotal ?? c.productCount),
    0,
  );
  const failedCategories: string[] = [];
  /** Whether another attempt could help: not when every failure was a changed page structure. */
  let worthRetrying = false;
  const walked: string[] = [];
  const pool = new AdaptivePool({
    max: supplier.maxConcurrency,
    load: services.load,
    onChange: (change) => logger.info(change, 'request concurrency changed'),
  });

  try {
    await report({ type: 'progress', step: 'login', done, total: expected || null });
    await logIn(services, supplier, connector, signal, report);
    for (const [index, category] of categories.entries()) {
      const checkpoint = checkpoints.get(category.id);
      if (checkpoint?.done) {
        walked.push(category.id);
        continue;
      }
      const position = { index: index + 1, count: categories.length, name: category.name };
      await report({
        type: 'progress',
        step: 'products',
        done,
        total: Math.max(expected, done),
        category: position,
      });
      let inCategory = checkpoint?.productsDone ?? 0;
      try {
        for await (const page of connector.listProducts(
          category,
          { fromPage: checkpoint?.nextPage ?? 1 },
          signal,
        )) {
          if (page.total !== null && page.page === (checkpoint?.nextPage ?? 1)) {
            expected += page.total - (checkpoint?.productsTotal ?? category.productCount);
          }
          for (const problem of page.problems)
            await warn(`${category.name}, page ${page.page}: ${problem.problem}`);
          const limit = supplier.productsPerCategory ? supplier.productsPerCategory - inCategory : Infinity;
          const items = page.items.slice(0, Math.max(0, limit));
          const details = await pool.map(items, (item) => connector.productDetail(item, signal));
          const products: ScrapedProduct[] = [];
          for (const [i, detail] of details.entries()) {
            if (detail.product) products.push(detail.product);
            else {
              totals.failed++;
              await warn(
                `${items[i]!.sku}: ${detail.problems.map((p) => `${p.where}: ${p.problem}`).join('; ')}`,
              );
            }
          }
          const stored = await storeProductPage(services.db, {
            supplierId: supplier.id,
            categoryId: category.id,
            runId,
            nextPage: page.page + 1,
            products,
          });
          imagesDownloaded += await downloadPageImages(
            { services, connector, pool, signal, warn },
            supplier.id,
            products,
          );
          totals.new += stored.inserted;
          totals.updated += stored.updated;
          totals.unchanged += stored.unchanged;
          inCategory += items.length;
          done += items.length;
          await report({
            type: 'progress',
            step: 'products',
            done,
            total: Math.max(expected, done),
            category: position,
          });
          if (inCategory >= (supplier.productsPerCategory ?? Infinity)) break;
        }
        await finishCategory(services.db, runId, category.id, inCategory);
        if (!supplier.productsPerCategory) walked.push(category.id);
      } catch (error) {
        if (error instanceof AbortedError || error instanceof LoginFailedError || signal.aborted) throw error;
        if (error instanceof CategoryGoneError) {
          await markCategoryMissing(services.db, category.id);
          await report({ type: 'log', level: 'warn', message: `${error.message}; skipped` });
          continue;
        }
        failedCategories.push(category.name);
        worthRetrying ||= !(error instanceof ConnectorError) || error.retryable;
        await report({
          type: 'log',
          level: 'error',
          message: `category ${category.name} failed: ${error instanceof Error ? error.message : String(error)}`,
        });
        await keepEvidence(services, runId, error, report);
      }
    }
  } finally {
    pool.close();
    // Re-logins during the run changed the cookies: keep the latest for the next run.
    await keepSession(services, supplier.id, connector).catch(() => {});
    await connector.close();
  }

  if (failedCategories.length) {
    throw new ConnectorError(
      `${failedCategories.length} categories failed: ${failedCategories.join(', ')}`,
      worthRetrying,
    );
  }
  const missing = await markUnseenProductsMissing(services.db, runId, supplier.id, walked);
  await saveRunStats(services.db, runId, { ...totals, missing });
  const images = imagesDownloaded ? `; ${imagesDownloaded} images downloaded` : '';
  return `${done} products: ${totals.new} new, ${totals.updated} updated, ${totals.unchanged} unchanged, ${missing} missing, ${totals.failed} failed${images}`;
};
