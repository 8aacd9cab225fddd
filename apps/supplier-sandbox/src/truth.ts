import type { Catalog, Product } from './catalog';
import { absoluteUrl, categoryPath, productPath } from './urls';

export interface TruthCategory {
  externalId: string;
  name: string;
  /** Absolute URL of the category's product list, as a scraper resolves the category link. */
  url: string;
  kind: string;
  productCount: number;
}

export interface TruthProduct extends Product {
  /** Absolute URL of the product page. */
  url: string;
}

/** What the portal shows on one day, as JSON: the answer key scrapers are checked against. */
export interface Truth {
  seed: number;
  /** The configured catalog size (the `products` option). */
  size: number;
  day: number;
  productCount: number;
  categories: TruthCategory[];
  /** With absolute image URLs. */
  products: TruthProduct[];
}

export function buildTruth(catalog: Catalog, origin: string): Truth {
  return {
    seed: catalog.seed,
    size: catalog.size,
    day: catalog.day,
    productCount: catalog.products.length,
    categories: catalog.categories.map((category) => ({
      externalId: category.externalId,
      name: category.name,
      url: absoluteUrl(origin, categoryPath(category.externalId)),
      kind: category.kind,
      productCount: catalog.byCategory.get(category.externalId)!.length,
    })),
    products: catalog.products.map((product) => ({
      ...product,
      url: absoluteUrl(origin, productPath(product.sku)),
      images: product.images.map((path) => absoluteUrl(origin, path)),
    })),
  };
}
