import type { Catalog, Category, Fitment, Product } from './catalog';
import { formatClp, formatThousands, html, layout } from './html';
import { categoryPath, productPath } from './urls';

/**
 * The portal's pages. Their ids, classes and data attributes are a contract with the scraper in
 * @syncar/connectors: change them only together with it.
 */

export const PAGE_SIZE = 24;

export interface LoginPageOptions {
  failed?: boolean;
  rut?: string;
  user?: string;
}

export function loginPage({ failed = false, rut = '', user = '' }: LoginPageOptions = {}): string {
  const body = html`<h1>Acceso clientes</h1>
${failed && html`<div class="login-error" role="alert">RUT, usuario o contraseña incorrectos</div>`}
<form id="login-form" method="post" action="/login">
<label for="rut">RUT empresa</label>
<input name="rut" id="rut" value="${rut}" placeholder="76.543.210-3" autocomplete="off" required>
<label for="user">Usuario</label>
<input name="user" id="user" value="${user}" autocomplete="username" required>
<label for="password">Contraseña</label>
<input type="password" name="password" id="password" autocomplete="current-password" required>
<p><button type="submit" id="login-submit">Ingresar</button></p>
</form>`;
  return layout({ title: 'Acceso clientes', body });
}

export function portalPage(user: string, catalog: Catalog): string {
  const body = html`<h1>Bienvenido, ${user}</h1>
<p>Catálogo vigente: ${formatThousands(catalog.products.length)} productos en ${catalog.categories.length} líneas.</p>
<p><a href="/categorias">Ver todas las categorías</a></p>`;
  return layout({ title: 'Inicio', user, body });
}

export function categoriesPage(user: string, catalog: Catalog): string {
  const rows = catalog.categories.map(
    (category) =>
      html`<tr class="category-row" data-category-id="${category.externalId}"><td class="category-name"><a href="${categoryPath(category.externalId)}">${category.name}</a></td><td class="category-count">${catalog.byCategory.get(category.externalId)!.length}</td></tr>
`,
  );
  const body = html`<h1>Categorías</h1>
<h2 id="category-total">${catalog.categories.length} categorías, ${formatThousands(catalog.products.length)} productos</h2>
<table id="category-table">
<thead><tr><th>Línea</th><th>Productos</th></tr></thead>
<tbody>
${rows}</tbody>
</table>`;
  return layout({ title: 'Categorías', user, body });
}

export function productListPage(user: string, catalog: Catalog, category: Category, page: number): string {
  const products = catalog.byCategory.get(category.externalId)!;
  const pages = Math.max(1, Math.ceil(products.length / PAGE_SIZE));
  const rows = products.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map(
    (product) =>
      html`<tr class="product-row" data-sku="${product.sku}"><td class="sku"><a href="${productPath(product.sku)}">${product.sku}</a></td><td class="name">${product.name}</td><td class="brand">${product.brand}</td><td class="price">${formatClp(product.priceClp)}</td><td class="stock">${product.stock}</td></tr>
`,
  );
  const links = Array.from({ length: pages }, (_, i) =>
    i + 1 === page
      ? html`<a class="page-link current" aria-current="page" href="?page=${i + 1}">${i + 1}</a>`
      : html`<a class="page-link" href="?page=${i + 1}">${i + 1}</a>`,
  );
  const body = html`<p class="breadcrumb"><a href="/categorias">Categorías</a> › ${category.name}</p>
<h1 id="category-name">${category.name}</h1>
<div id="result-count">${products.length} productos</div>
<table id="product-table">
<thead><tr><th>Código</th><th>Descripción</th><th>Marca</th><th>Precio neto</th><th>Stock</th></tr></thead>
<tbody>
${rows}</tbody>
</table>
<nav class="pagination" aria-label="Páginas">
${page > 1 && html`<a class="prev" rel="prev" href="?page=${page - 1}">Anterior</a>`}
${links}
${page < pages && html`<a class="next" rel="next" href="?page=${page + 1}">Siguiente</a>`}
</nav>`;
  return layout({ title: category.name, user, body });
}

const years = (fitment: Fitment): string => `${fitment.yearFrom} - ${fitment.yearTo ?? '--'}`;

export function productPage(user: string, catalog: Catalog, product: Product): string {
  const category = catalog.categories.find(
    (candidate) => candidate.externalId === product.categoryExternalId,
  )!;
  const fitments = product.fitments.map(
    (fitment) =>
      html`<tr class="fitment-row"><td class="make">${fitment.make}</td><td class="model">${fitment.model}</td><td class="secondary">${fitment.secondary}</td><td class="years">${years(fitment)}</td></tr>
`,
  );
  const body = html`<p class="breadcrumb"><a href="/categorias">Categorías</a> › <a href="${categoryPath(category.externalId)}">${category.name}</a></p>
<h1 id="product-name">${product.name}</h1>
<p>Código: <span id="product-sku">${product.sku}</span> · Marca: <span id="product-brand">${product.brand}</span></p>
<p>Precio neto: <span id="product-price">${formatClp(product.priceClp)}</span> · Stock: <span id="product-stock">${product.stock}</span></p>
<h2>Códigos OEM</h2>
<ul id="oem-codes">${product.oemCodes.map((code) => html`<li>${code}</li>`)}</ul>
<h2>Especificaciones</h2>
<dl id="specs">${product.specs.map((spec) => html`<dt>${spec.name}</dt><dd>${spec.value}</dd>`)}</dl>
<h2>Imágenes</h2>
<div id="gallery">${product.images.map((src) => html`<img src="${src}" alt="${product.name}">`)}</div>
<h2>Aplicaciones</h2>
<table id="fitment-table">
<thead><tr><th>Marca</th><th>Modelo</th><th>Motor</th><th>Años</th></tr></thead>
<tbody>
${fitments}</tbody>
</table>`;
  return layout({ title: product.name, user, body });
}

export function notFoundPage(message: string, user?: string): string {
  const body = html`<h1>${message}</h1>
<p><a href="/categorias">Volver a categorías</a></p>`;
  return layout({ title: message, user, body });
}

export function errorPage(status: number, message: string): string {
  const body = html`<h1>Error ${status}</h1>
<p>${message}</p>`;
  return layout({ title: `Error ${status}`, body });
}

/** A page after the supplier redesigned its site: well-formed, but nothing a scraper of the old site knows. */
export function redesignedPage(): string {
  return `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><title>Nuevo portal</title></head>
<body><main class="nuevo-portal"><h1>Estamos renovando nuestro portal</h1>
<p>El catálogo se muestra ahora en una nueva versión.</p></main></body></html>`;
}
