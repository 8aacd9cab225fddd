import { AbortedError, type Connector } from '@syncar/connectors';
import type { ScrapedProduct } from '@syncar/contracts';
import { type Db, findPendingImages, recordImageDownload } from '@syncar/db';
import { type BlobStore, storeImage } from '@syncar/storage';

/** Runs tasks a few at a time, in order (the run's request pool). */
export interface TaskPool {
  map<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]>;
}

export interface PageImagesContext {
  services: { db: Db; storage: BlobStore };
  connector: Pick<Connector, 'fetchImage'>;
  pool: TaskPool;
  signal: AbortSignal;
  /** Writes a warning to the run's log. */
  warn(message: string): Promise<void>;
}

/**
 * Downloads the images of a stored page's products that are not downloaded yet, each URL once, through the run's
 * pool and with the portal session; keeps them (and their thumbnails) in the blob store, where identical bytes
 * are one blob, and records them. An image that fails is a warning and stays pending for the next run: only a
 * cancelled run stops here. Returns how many images it downloaded.
 */
export async function downloadPageImages(
  { services, connector, pool, signal, warn }: PageImagesContext,
  supplierId: string,
  products: readonly ScrapedProduct[],
): Promise<number> {
  const pending = await findPendingImages(
    services.db,
    supplierId,
    products.map((product) => product.sku),
  );
  const productsByUrl = new Map<string, string[]>();
  for (const image of pending) {
    productsByUrl.set(image.sourceUrl, [...(productsByUrl.get(image.sourceUrl) ?? []), image.productId]);
  }
  const downloaded = await pool.map([...productsByUrl], async ([url, productIds]) => {
    try {
      const image = await connector.fetchImage(url, signal);
      const stored = await storeImage(services.storage, image.bytes);
      await recordImageDownload(services.db, productIds, url, {
        contentHash: stored.key,
        contentType: stored.contentType,
        byteSize: stored.byteSize,
        width: stored.width,
        height: stored.height,
      });
      return true;
    } catch (error) {
      if (error instanceof AbortedError || signal.aborted) throw error;
      await warn(`image ${url}: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  });
  return downloaded.filter(Boolean).length;
}
