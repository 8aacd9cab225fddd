import {
  type ProductListItem,
  productListItemSchema,
  type ScrapedCategory,
  type ScrapedProduct,
  scrapedCategorySchema,
  scrapedProductSchema,
} from '@syncar/contracts';
import type { ExtractionProblem } from '../connector';
import {
  absoluteUrl,
  type CheerioAPI,
  checkComplete,
  cleanText,
  type Incompleteness,
  loadHtml,
} from '../html';
import { describeIssues, issuesToProblems } from '../validation';
import { parseClp, parseCount, parseYearRange } from '../values';

/**
 * Parsers of the demo portal's pages (apps/supplier-sandbox/src/pages.ts, whose markup is the contract). Each
 * says when a page is incomplete, so the caller can fetch it again instead of keeping part of it.
 */

/** Elements every page of a kind has; their absence means a cut-off page or a changed portal. */
const LANDMARKS = {
  categories: ['#category-table'],
  list: ['#product-table', 'nav.pagination'],
  // #fitment-table is the detail page's last section.
  product: ['#product-name', '#product-sku', '#product-price', '#product-stock', '#fitment-table'],
} as const;

export interface CategoryPage {
  categories: ScrapedCategory[];
  problems: ExtractionProblem[];
  incomplete: Incompleteness | undefined;
}

export function parseCategoryPage(html: string, pageUrl: string): CategoryPage {
  const $ = loadHtml(html);
  const page: CategoryPage = {
    categories: [],
    problems: [],
    incomplete: checkComplete($, html, LANDMARKS.categories),
  };
  $('#category-table tr.category-row').each((index, row) => {
    const link = $(row).find('td.category-name a').first();
    const href = link.attr('href');
    const candidate = {
      externalId: cleanText($(row).attr('data-category-id')),
      name: cleanText(link.text()),
      url: href ? absoluteUrl(href, pageUrl) : '',
      kind: 'linea',
      productCount: parseCount($(row).find('td.category-count').text()),
    };
    const parsed = scrapedCategorySchema.safeParse(candidate);
    if (parsed.success) page.categories.push(parsed.data);
    else {
      const id = candidate.externalId ? ` (${candidate.externalId})` : '';
      page.problems.push({ where: `category row ${index + 1}${id}`, problem: describeIssues(parsed.error) });
    }
  });
  return page;
}

export interface ProductListPageResult {
  items: ProductListItem[];
  /** The product count the page states (#result-count), null when it states none. */
  total: number | null;
  /** Absolute URL of the next page, null on the last one. */
  next: string | null;
  problems: ExtractionProblem[];
  incomplete: Incompleteness | undefined;
}

export function parseProductListPage(html: string, pageUrl: string): ProductListPageResult {
  const $ = loadHtml(html);
  const page: ProductListPageResult = {
    items: [],
    total: null,
    next: null,
    problems: [],
    incomplete: checkComplete($, html, LANDMARKS.list),
  };
  $('tr.product-row').each((index, row) => {
    const href = $(row).find('td.sku a[href]').first().attr('href');
    const candidate = {
      sku: cleanText($(row).attr('data-sku')),
      url: href ? absoluteUrl(href, pageUrl) : '',
    };
    const parsed = productListItemSchema.safeParse(candidate);
    if (parsed.success) page.items.push(parsed.data);
    else {
      const sku = candidate.sku ? ` (${candidate.sku})` : '';
      page.problems.push({ where: `product row ${index + 1}${sku}`, problem: describeIssues(parsed.error) });
    }
  });
  const count = $('#result-count');
  if (count.length > 0) {
    const text = cleanText(count.text());
    const total = parseCount(/^[\d.]+/.exec(text)?.[0]);
    if (total === null || Number.isNaN(total)) {
      page.problems.push({ where: '#result-count', problem: `unreadable product count "${text}"` });
    } else page.total = total;
  }
  const next = $('a.next[rel~="next"][href]').first().attr('href');
  if (next) page.next = absoluteUrl(next, pageUrl);
  return page;
}

export interface ProductPageResult {
  /** Only when the page was whole and everything on it validated. */
  product: ScrapedProduct | null;
  problems: ExtractionProblem[];
  incomplete: Incompleteness | undefined;
}

const textOf = ($: CheerioAPI, selector: string): string => cleanText($(selector).first().text());

export function parseProductPage(html: string, pageUrl: string): ProductPageResult {
  const $ = loadHtml(html);
  const incomplete = checkComplete($, html, LANDMARKS.product);
  const problems: ExtractionProblem[] = incomplete ? [{ where: 'page', problem: incomplete.reason }] : [];

  const priceText = textOf($, '#product-price');
  let priceClp = parseClp(priceText);
  if (Number.isNaN(priceClp)) {
    problems.push({ where: 'priceClp', problem: `unreadable price "${priceText}"` });
    priceClp = null;
  }
  const stockText = textOf($, '#product-stock');
  let stock = parseCount(stockText);
  if (Number.isNaN(stock)) {
    problems.push({ where: 'stock', problem: `unreadable stock "${stockText}"` });
    stock = null;
  }
  const fitments = $('#fitment-table tr.fitment-row')
    .toArray()
    .map((row, index) => {
      const cell = (name: string) => cleanText($(row).find(`td.${name}`).first().text());
      const yearsText = cell('years');
      const years = parseYearRange(yearsText);
      if (!years)
        problems.push({ where: `fitments.${index}.years`, problem: `unreadable years "${yearsText}"` });
      return {
        make: cell('make'),
        model: cell('model'),
        secondary: cell('secondary') || null,
        ...(years ?? { yearFrom: null, yearTo: null }),
      };
    });

  const candidate = {
    sku: textOf($, '#product-sku'),
    name: textOf($, '#product-name'),
    brand: textOf($, '#product-brand') || null,
    description: null,
    url: pageUrl,
    priceClp,
    stock,
    availability: stock === null ? 'unknown' : stock > 0 ? 'in_stock' : 'out_of_stock',
    availableFrom: null,
    oemCodes: $('#oem-codes li')
      .toArray()
      .map((li) => cleanText($(li).text()))
      .filter(Boolean),
    specs: $('#specs dt')
      .toArray()
      .map((dt) => ({ name: cleanText($(dt).text()), value: cleanText($(dt).next('dd').text()) })),
    images: $('#gallery img[src]')
      .toArray()
      .map((img) => absoluteUrl($(img).attr('src') ?? '', pageUrl)),
    fitments,
  };
  const parsed = scrapedProductSchema.safeParse(candidate);
  if (!parsed.success) problems.push(...issuesToProblems(parsed.error));
  return { product: parsed.success && problems.length === 0 ? parsed.data : null, problems, incomplete };
}
