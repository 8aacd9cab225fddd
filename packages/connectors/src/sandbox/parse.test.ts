import { describe, expect, it } from 'vitest';
import { parseCategoryPage, parseProductListPage, parseProductPage } from './parse';

const doc = (body: string) =>
  `<!doctype html>\n<html lang="es"><head><title>t</title></head><body><main>${body}</main></body>\n</html>\n`;

const LIST_URL = 'http://portal.test/categorias/CAT-001?page=2';

const listBody = `<h1 id="category-name">Filtros</h1>
<div id="result-count">53 productos</div>
<table id="product-table"><tbody>
<tr class="product-row" data-sku="NV-001001"><td class="sku"><a href="/productos/NV-001001">NV-001001</a></td></tr>
<tr class="product-row" data-sku="NV-001002"><td class="sku"><a href="../productos/NV-001002">NV-001002</a></td></tr>
<tr class="product-row" data-sku=""><td class="sku"><a href="/productos/X">X</a></td></tr>
<tr class="product-row" data-sku="NV-001004"><td class="sku">no link</td></tr>
</tbody></table>
<nav class="pagination"><a class="prev" rel="prev" href="?page=1">Anterior</a><a class="next" rel="next" href="?page=3">Siguiente</a></nav>`;

const PRODUCT_URL = 'http://portal.test/productos/NV-001001';

interface ProductFixture {
  name?: string;
  sku?: string;
  price?: string;
  stock?: string;
  years?: string;
  images?: string;
  omit?: string;
}

function productBody(fixture: ProductFixture = {}): string {
  const {
    name = 'Filtro de aceite Toyota Hilux',
    sku = 'NV-001001',
    price = '$12.990',
    stock = '7',
    years = '2015 - --',
    images = '<img src="/img/NV-001001-1.jpg" alt="a"><img src="fotos/2.jpg" alt="b">',
  } = fixture;
  const parts: Record<string, string> = {
    name: `<h1 id="product-name">${name}</h1>`,
    codes: `<p>Código: <span id="product-sku">${sku}</span> · Marca: <span id="product-brand">Mann &amp; Hummel</span></p>`,
    price: `<p>Precio: <span id="product-price">${price}</span> · Stock: <span id="product-stock">${stock}</span></p>`,
    oem: '<ul id="oem-codes"><li>04152-YZZA1</li><li> 90915-10001 </li></ul>',
    specs:
      '<dl id="specs"><dt>Rosca</dt><dd>M20 x 1,5</dd><dt>Origen</dt><dd>Alemania</dd><dt>Nota</dt></dl>',
    gallery: `<div id="gallery">${images}</div>`,
    fitments: `<table id="fitment-table"><tbody>
<tr class="fitment-row"><td class="make">Toyota</td><td class="model">Hilux</td><td class="secondary">2.4 D-4D</td><td class="years">${years}</td></tr>
<tr class="fitment-row"><td class="make">Toyota</td><td class="model">Fortuner</td><td class="secondary"></td><td class="years">2016 - 2020</td></tr>
</tbody></table>`,
  };
  return Object.entries(parts)
    .filter(([key]) => key !== fixture.omit)
    .map(([, html]) => html)
    .join('\n');
}

describe('parseProductListPage', () => {
  it('reads rows, the total and the next page, resolving links against the page URL', () => {
    const page = parseProductListPage(doc(listBody), LIST_URL);
    expect(page.incomplete).toBeUndefined();
    expect(page.items).toEqual([
      { sku: 'NV-001001', url: 'http://portal.test/productos/NV-001001' },
      { sku: 'NV-001002', url: 'http://portal.test/productos/NV-001002' },
    ]);
    expect(page.total).toBe(53);
    expect(page.next).toBe('http://portal.test/categorias/CAT-001?page=3');
    expect(page.problems.map((p) => p.where)).toEqual(['product row 3', 'product row 4 (NV-001004)']);
  });

  it('has no next page on the last one', () => {
    const last = listBody.replace(/<a class="next"[^>]*>Siguiente<\/a>/, '');
    expect(parseProductListPage(doc(last), LIST_URL).next).toBeNull();
  });

  it('reports a cut-off page and one without its table or pagination', () => {
    const html = doc(listBody);
    expect(parseProductListPage(html.slice(0, html.length / 2), LIST_URL).incomplete).toEqual({
      truncated: true,
      reason: expect.stringContaining('cut off'),
    });
    const noFooter = doc(listBody.replace(/<nav class="pagination">[\s\S]*<\/nav>/, ''));
    expect(parseProductListPage(noFooter, LIST_URL).incomplete).toEqual({
      truncated: false,
      reason: 'the page has no nav.pagination',
    });
  });

  it('reports an unreadable count and leaves the total null', () => {
    const page = parseProductListPage(doc(listBody.replace('53 productos', 'muchos productos')), LIST_URL);
    expect(page.total).toBeNull();
    expect(page.problems).toContainEqual({
      where: '#result-count',
      problem: 'unreadable product count "muchos productos"',
    });
  });
});

describe('parseProductPage', () => {
  it('reads every field', () => {
    const result = parseProductPage(doc(productBody()), PRODUCT_URL);
    expect(result.problems).toEqual([]);
    expect(result.incomplete).toBeUndefined();
    expect(result.product).toEqual({
      sku: 'NV-001001',
      name: 'Filtro de aceite Toyota Hilux',
      brand: 'Mann & Hummel',
      description: null,
      url: PRODUCT_URL,
      priceClp: 12990,
      stock: 7,
      availability: 'in_stock',
      availableFrom: null,
      oemCodes: ['04152-YZZA1', '90915-10001'],
      specs: [
        { name: 'Rosca', value: 'M20 x 1,5' },
        { name: 'Origen', value: 'Alemania' },
        { name: 'Nota', value: '' },
      ],
      images: ['http://portal.test/img/NV-001001-1.jpg', 'http://portal.test/productos/fotos/2.jpg'],
      fitments: [
        { make: 'Toyota', model: 'Hilux', secondary: '2.4 D-4D', yearFrom: 2015, yearTo: null },
        { make: 'Toyota', model: 'Fortuner', secondary: null, yearFrom: 2016, yearTo: 2020 },
      ],
    });
  });

  it('marks a product without stock out of stock and one without a price as priceless', () => {
    const product = parseProductPage(doc(productBody({ stock: '0', price: '' })), PRODUCT_URL).product;
    expect(product).toMatchObject({ stock: 0, availability: 'out_of_stock', priceClp: null });
  });

  it('names the fields it could not read, and returns no product', () => {
    const result = parseProductPage(
      doc(
        productBody({
          name: ' ',
          price: 'Consultar',
          years: 'desde 2015',
          images: '<img src="http://[bad">',
        }),
      ),
      PRODUCT_URL,
    );
    expect(result.product).toBeNull();
    expect(result.problems.map((p) => p.where).sort()).toEqual([
      'fitments.0.years',
      'images.0',
      'name',
      'priceClp',
    ]);
  });

  it('reports a cut-off page and one missing a required element', () => {
    const html = doc(productBody());
    const cut = parseProductPage(html.slice(0, Math.floor(html.length / 2)), PRODUCT_URL);
    expect(cut.product).toBeNull();
    expect(cut.incomplete?.truncated).toBe(true);
    const noPrice = parseProductPage(doc(productBody({ omit: 'price' })), PRODUCT_URL);
    expect(noPrice.product).toBeNull();
    expect(noPrice.incomplete).toEqual({
      truncated: false,
      reason: 'the page has no #product-price, #product-stock',
    });
    expect(noPrice.problems[0]).toEqual({ where: 'page', problem: noPrice.incomplete?.reason });
  });
});

describe('parseCategoryPage', () => {
  it('reads categories with absolute URLs and reports bad rows', () => {
    const html = doc(`<table id="category-table"><tbody>
<tr class="category-row" data-category-id="CAT-001"><td class="category-name"><a href="/categorias/CAT-001">Filtros</a></td><td class="category-count">1.204</td></tr>
<tr class="category-row" data-category-id="CAT-002"><td class="category-name"><a href="/categorias/CAT-002"> </a></td></tr>
</tbody></table>`);
    const page = parseCategoryPage(html, 'http://portal.test/categorias');
    expect(page.incomplete).toBeUndefined();
    expect(page.categories).toEqual([
      {
        externalId: 'CAT-001',
        name: 'Filtros',
        url: 'http://portal.test/categorias/CAT-001',
        kind: 'linea',
        productCount: 1204,
      },
    ]);
    expect(page.problems).toEqual([
      { where: 'category row 2 (CAT-002)', problem: expect.stringContaining('name') },
    ]);
  });
});
