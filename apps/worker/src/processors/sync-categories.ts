import { PortalStructureError } from '@syncar/connectors';
import type { ScrapedCategory } from '@syncar/contracts';
import { saveRunStats, upsertCategories } from '@syncar/db';
import { logIn, openSupplier } from './supplier';
import type { Processor } from './types';

const STEPS = 3;

/** Keeps the first of repeated external ids: one portal row per category. */
function uniqueByExternalId(categories: ScrapedCategory[]) {
  const seen = new Set<string>();
  const unique = categories.filter((c) => !seen.has(c.externalId) && seen.add(c.externalId));
  return { unique, repeated: categories.length - unique.length };
}

/** Logs into the supplier's portal, reads its categories and stores them (never deleting products). */
export const syncCategories: Processor<'sync-categories'> = async ({ runId, signal, services, report }) => {
  const { supplier, connector } = await openSupplier(services, runId);
  try {
    await report({ type: 'progress', step: 'login', done: 0, total: STEPS });
    await logIn(services, supplier, connector, signal, report);

    await report({ type: 'progress', step: 'categories', done: 1, total: STEPS });
    const listing = await connector.listCategories(signal);
    for (const { where, problem } of listing.problems) {
      await report({ type: 'log', level: 'warn', message: `skipped ${where}: ${problem}` });
    }
    const { unique, repeated } = uniqueByExternalId(listing.categories);
    if (repeated > 0)
      await report({ type: 'log', level: 'warn', message: `${repeated} repeated categories ignored` });
    if (unique.length === 0) throw new PortalStructureError('the category page lists no categories');

    await report({ type: 'progress', step: 'store', done: 2, total: STEPS });
    const result = await upsertCategories(services.db, supplier.id, unique);
    await saveRunStats(services.db, runId, {
      new: result.inserted,
      updated: result.updated,
      unchanged: result.unchanged,
      missing: result.missing,
      failed: listing.problems.length,
    });
    await report({ type: 'progress', step: 'store', done: STEPS, total: STEPS });
    return `${unique.length} categories: ${result.inserted} new, ${result.updated} updated, ${result.unchanged} unchanged, ${result.missing} missing`;
  } finally {
    await connector.close();
  }
};
