import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatClp } from './html';
import { PAGE_SIZE } from './pages';
import { type RunningSandbox, startSandbox } from './server';
import { CREDENTIALS, client } from './test-client';
import type { Truth } from './truth';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, seed: 11, products: 150, categories: 5, credentials: CREDENTIALS });
});

afterAll(async () => {
  await sandbox?.close();
});

async function truth(day?: number): Promise<Truth> {
  const response = await fetch(`${sandbox.url}/__truth${day === undefined ? '' : `?day=${day}`}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Truth;
}

async function signedIn() {
  const portal = client(sandbox.url);
  expect((await portal.login()).status).toBe(302);
  return portal;
}

const all = (html: string, pattern: RegExp) => [...html.matchAll(pattern)];

describe('supplier sandbox over HTTP', () => {
  it('listens on a free port and answers health checks', async () => {
    expect(sandbox.url).toBe(`http://127.0.0.1:${sandbox.port}`);
    const response = await fetch(`${sandbox.url}/healthz`);
    expect(await response.text()).toBe('ok');
    expect((await fetch(sandbox.url, { redirect: 'manual' })).headers.get('location')).toBe('/login');
  });

  it('serves the login form', async () => {
    const response = await fetch(`${sandbox.url}/login`);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(html).toContain('<form id="login-form" method="post" action="/login">');
    for (const field of ['name="rut" id="rut"', 'name="user" id="user"', 'name="password" id="password"']) {
      expect(html).toContain(
        `<input ${field.startsWith('name="password"') ? 'type="password" ' : ''}${field}`,
      );
    }
    expect(html).toContain('<button type="submit" id="login-submit">Ingresar</button>');
    expect(html).not.toContain('class="login-error"');
  });

  it('logs in with the RUT written either way, sets the session cookie and redirects to the portal', async () => {
    for (const rut of ['76.543.210-3', '76543210-3', ' 765432103 ']) {
      const portal = client(sandbox.url);
      const response = await portal.login({ rut });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/portal');
      expect(response.headers.get('set-cookie')).toMatch(
        /^SBXSESSION=[0-9a-f-]{36}; HttpOnly; Path=\/; SameSite=Lax$/,
      );
      const landing = await (await portal.get('/portal')).text();
      expect(landing).toContain('<nav id="portal-nav">');
      expect(landing).toContain('<span id="session-user">demo</span>');
      expect(landing).toContain('<a id="nav-categories" href="/categorias">Categorías</a>');
    }
  });

  it('rejects wrong credentials with the error text and no cookie', async () => {
    for (const fields of [{ password: 'nope' }, { user: 'otro' }, { rut: '76.543.210-4' }]) {
      const portal = client(sandbox.url);
      const response = await portal.login(fields);
      expect(response.status).toBe(200);
      expect(response.headers.get('set-cookie')).toBeNull();
      const html = await response.text();
      expect(html).toContain(
        '<div class="login-error" role="alert">RUT, usuario o contraseña incorrectos</div>',
      );
      expect(html).toContain('<form id="login-form"');
      expect((await portal.get('/portal')).status).toBe(302);
    }
  });

  it('redirects every portal page to /login without a session, and after logout', async () => {
    const paths = ['/portal', '/categorias', '/categorias/CAT-001', '/productos/NV-000001', '/img/x.jpg'];
    const anonymous = client(sandbox.url);
    for (const path of paths) {
      const response = await anonymous.get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get('location')).toBe('/login');
    }
    const portal = await signedIn();
    expect((await portal.get('/categorias')).status).toBe(200);
    const logout = await portal.get('/logout');
    expect(logout.headers.get('location')).toBe('/login');
    expect(logout.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await portal.get('/categorias')).status).toBe(302);
  });

  it('lists exactly the truth categories, with counts and links the truth publishes in absolute form', async () => {
    const portal = await signedIn();
    const response = await portal.get('/categorias');
    const html = await response.text();
    const rows = all(
      html,
      /<tr class="category-row" data-category-id="([^"]+)"><td class="category-name"><a href="([^"]+)">([^<]+)<\/a><\/td><td class="category-count">(\d+)<\/td><\/tr>/g,
    );
    const expected = (await truth()).categories;
    expect(expected).toHaveLength(5);
    expect(html).toContain('<table id="category-table">');
    expect(
      rows.map(([, id, href, name, count]) => ({
        externalId: id,
        name,
        url: new URL(href!, response.url).href,
        kind: 'linea',
        productCount: Number(count),
      })),
    ).toEqual(expected);
    expect(html).toContain('5 categorías, 150 productos');
    for (const category of expected)
      expect(category.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/categorias\/CAT-\d{3}$/);
  });

  it('paginates a category so every product appears exactly once', async () => {
    const portal = await signedIn();
    const { categories, products } = await truth();
    const category = categories.reduce((a, b) => (b.productCount > a.productCount ? b : a));
    expect(category.productCount).toBeGreaterThan(PAGE_SIZE);
    const seen: string[] = [];
    let next: string | undefined = category.url;
    let pages = 0;
    while (next) {
      const response = await portal.get(next);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain(`<div id="result-count">${category.productCount} productos</div>`);
      const rows = all(
        html,
        /<tr class="product-row" data-sku="([^"]+)"><td class="sku"><a href="([^"]+)">/g,
      );
      expect(rows.length).toBeLessThanOrEqual(PAGE_SIZE);
      for (const [, sku, href] of rows) {
        seen.push(sku!);
        expect(new URL(href!, response.url).href).toBe(products.find((p) => p.sku === sku)?.url);
      }
      const link = /<a class="next" rel="next" href="([^"]+)">Siguiente<\/a>/.exec(html);
      next = link ? new URL(link[1]!.replaceAll('&amp;', '&'), response.url).href : undefined;
      pages++;
    }
    expect(pages).toBe(Math.ceil(category.productCount / PAGE_SIZE));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(
      products
        .filter((p) => p.categoryExternalId === category.externalId)
        .map((p) => p.sku)
        .sort(),
    );
  });

  it('shows a product with its price in pesos, OEM codes, specs, gallery and fitments', async () => {
    const portal = await signedIn();
    const { products } = await truth();
    const product = products.find(
      (p) => p.priceClp >= 10_000 && p.fitments.length > 1 && p.images.length > 0,
    )!;
    const response = await portal.get(product.url);
    const html = await response.text();
    expect(html).toContain(`<h1 id="product-name">${product.name}</h1>`);
    expect(html).toContain(`<span id="product-sku">${product.sku}</span>`);
    expect(html).toContain(`<span id="product-brand">${product.brand}</span>`);
    expect(html).toContain(`<span id="product-price">${formatClp(product.priceClp)}</span>`);
    expect(html).toMatch(/<span id="product-price">\$\d{1,3}\.\d{3}<\/span>/);
    expect(html).toContain(`<span id="product-stock">${product.stock}</span>`);
    expect(html).toContain(
      `<ul id="oem-codes">${product.oemCodes.map((code) => `<li>${code}</li>`).join('')}</ul>`,
    );
    expect(html).toContain(
      `<dl id="specs">${product.specs.map((s) => `<dt>${s.name}</dt><dd>${s.value}</dd>`).join('')}</dl>`,
    );
    const sources = all(html, /<img src="([^"]+)"/g).map(([, src]) => new URL(src!, response.url).href);
    expect(sources).toEqual(product.images);
    const fitments = all(
      html,
      /<tr class="fitment-row"><td class="make">([^<]*)<\/td><td class="model">([^<]*)<\/td><td class="secondary">([^<]*)<\/td><td class="years">([^<]*)<\/td><\/tr>/g,
    ).map(([, make, model, secondary, years]) => ({ make, model, secondary, years }));
    expect(fitments).toEqual(
      product.fitments.map((f) => ({
        make: f.make,
        model: f.model,
        secondary: f.secondary ?? '',
        years: `${f.yearFrom} - ${f.yearTo ?? '--'}`,
      })),
    );
  });

  it('answers 404 for an unknown category or product', async () => {
    const portal = await signedIn();
    const category = await portal.get('/categorias/CAT-999');
    expect(category.status).toBe(404);
    expect(await category.text()).toContain('Categoría no encontrada');
    expect((await portal.get('/productos/NV-999999')).status).toBe(404);
    expect((await portal.get('/no-existe')).status).toBe(404);
  });

  it('serves small deterministic images', async () => {
    const portal = await signedIn();
    const first = await portal.get('/img/NV-001234-1.jpg');
    expect(first.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await first.arrayBuffer());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(Buffer.from(await (await portal.get('/img/NV-001234-1.jpg')).arrayBuffer())).toEqual(bytes);
    expect(Buffer.from(await (await portal.get('/img/NV-001234-2.jpg')).arrayBuffer())).not.toEqual(bytes);
  });

  it('publishes absolute product and image URLs in the truth', async () => {
    const { products, productCount, size, seed, day } = await truth();
    expect({ productCount, size, seed, day }).toEqual({ productCount: 150, size: 150, seed: 11, day: 0 });
    for (const product of products) {
      expect(product.url).toBe(`${sandbox.url}/productos/${product.sku}`);
      for (const image of product.images)
        expect(image.startsWith(`${sandbox.url}/img/${product.sku}-`)).toBe(true);
    }
  });

  it('builds truth URLs from the Host header the client used', async () => {
    const response = await fetch(`http://localhost:${sandbox.port}/__truth`);
    const { categories } = (await response.json()) as Truth;
    expect(categories[0]!.url).toBe(`http://localhost:${sandbox.port}/categorias/CAT-001`);
  });

  it('switches the current day through the admin endpoint', async () => {
    const portal = await signedIn();
    const day0 = await truth(0);
    expect(await (await fetch(`${sandbox.url}/__admin/day`)).json()).toEqual({ day: 0 });
    const set = await fetch(`${sandbox.url}/__admin/day`, {
      method: 'POST',
      body: JSON.stringify({ day: 1 }),
    });
    expect(await set.json()).toEqual({ day: 1 });
    try {
      const current = await truth();
      expect(current.day).toBe(1);
      expect(current).toEqual(await truth(1));
      expect(current.products.map((p) => p.sku)).not.toEqual(day0.products.map((p) => p.sku));
      const html = await (await portal.get('/categorias')).text();
      for (const category of current.categories) {
        expect(html).toContain(
          `data-category-id="${category.externalId}"><td class="category-name"><a href="/categorias/${category.externalId}">${category.name}</a></td><td class="category-count">${category.productCount}</td>`,
        );
      }
      expect(await truth(0)).toEqual(day0);
      const bad = await fetch(`${sandbox.url}/__admin/day`, { method: 'POST', body: '{"day":-2}' });
      expect(bad.status).toBe(400);
      expect((await fetch(`${sandbox.url}/__truth?day=x`)).status).toBe(400);
    } finally {
      await fetch(`${sandbox.url}/__admin/day`, { method: 'POST', body: JSON.stringify({ day: 0 }) });
    }
  });

  it('refuses bodies over 16 kB and unknown methods', async () => {
    const big = await fetch(`${sandbox.url}/login`, { method: 'POST', body: 'a'.repeat(17 * 1024) });
    expect(big.status).toBe(413);
    const put = await fetch(`${sandbox.url}/login`, { method: 'PUT', body: '' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST');
  });

  it('escapes what the client sends back into the page', async () => {
    const response = await client(sandbox.url).login({ user: '"><script>x</script>' });
    const html = await response.text();
    expect(html).not.toContain('<script>x</script>');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
  });
});

describe('closing', () => {
  it('closes keep-alive connections too', async () => {
    const other = await startSandbox({ port: 0, seed: 1, products: 20, credentials: CREDENTIALS });
    await fetch(`${other.url}/healthz`, { headers: { connection: 'keep-alive' } });
    await other.close();
    await expect(fetch(`${other.url}/healthz`)).rejects.toThrow();
  });
});
