/** Markup that is already escaped: `html` interpolates it as is and escapes every other value. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

export type Fragment = SafeHtml | string | number | null | undefined | false | readonly Fragment[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in element content and in quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

function render(fragment: Fragment): string {
  if (fragment instanceof SafeHtml) return fragment.value;
  if (Array.isArray(fragment)) return fragment.map(render).join('');
  if (fragment === null || fragment === undefined || fragment === false) return '';
  return escapeHtml(String(fragment));
}

/** Template tag: interpolated values are escaped unless they are SafeHtml; arrays are concatenated. */
export function html(strings: TemplateStringsArray, ...values: Fragment[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/** Thousands separated by dots, as written in Chile: 1234567 -> '1.234.567'. */
export const formatThousands = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Chilean pesos: 12990 -> '$12.990'. */
export const formatClp = (amount: number): string => `$${formatThousands(amount)}`;

const STYLE = `
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222;background:#f4f5f7}
header.site{background:#0b3d6e;color:#fff;padding:12px 24px;display:flex;gap:16px;align-items:baseline}
header.site .logo{font-size:20px;font-weight:bold}
#portal-nav{background:#e8edf3;padding:8px 24px;display:flex;gap:16px}
#portal-nav #session-user{margin-left:auto;font-weight:bold}
main{padding:16px 24px;max-width:1100px}
table{border-collapse:collapse;background:#fff;width:100%}
th,td{border:1px solid #ccd;padding:4px 8px;text-align:left}
td.price,td.stock,td.category-count{text-align:right}
.pagination a{margin-right:6px}
.pagination a.current{font-weight:bold;text-decoration:none}
.login-error{color:#a00;background:#fee;border:1px solid #a00;padding:8px;margin-bottom:12px}
form label{display:block;margin-top:8px}
#gallery img{width:120px;height:120px;border:1px solid #ccd;margin-right:8px}
footer{color:#667;font-size:12px;padding:16px 24px}
`;

export interface LayoutOptions {
  title: string;
  /** The signed-in user; pages with one get the portal navigation. */
  user?: string;
  body: SafeHtml;
}

export function layout({ title, user, body }: LayoutOptions): string {
  const nav =
    user !== undefined &&
    html`<nav id="portal-nav"><a href="/portal">Inicio</a><a id="nav-categories" href="/categorias">Categorías</a><span id="session-user">${user}</span><a id="nav-logout" href="/logout">Cerrar sesión</a></nav>`;
  return html`<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | Repuestos Nevada</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<header class="site"><span class="logo">Repuestos Nevada</span><span>Portal B2B Clientes</span></header>
${nav}
<main>
${body}
</main>
<footer>Repuestos Nevada S.A. · Av. Vicuña Mackenna 4850, San Joaquín, Santiago · Mesa de ayuda +56 2 2345 6789</footer>
</body>
</html>
`.value;
}
