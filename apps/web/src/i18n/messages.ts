/**
 * Every piece of UI text. `es-CL` is the reference dictionary: its keys are the message keys, and every other
 * locale must define exactly the same keys (the compiler rejects a missing or an unknown one).
 */

export const LOCALES = ['es-CL', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'es-CL';
export const LOCALE_COOKIE = 'syncar-locale';

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

const esCL = {
  'app.name': 'SYNCAR',
  'app.tagline': 'Catálogo sincronizado con tus proveedores',
  'app.description': 'Sincroniza el catálogo de repuestos con los portales B2B de tus proveedores.',
  'a11y.skipToContent': 'Saltar al contenido',
  'nav.label': 'Navegación principal',
  'nav.suppliers': 'Proveedores',
  'locale.label': 'Idioma',
  'locale.es-CL': 'Español',
  'locale.en': 'Inglés',

  'common.loading': 'Cargando…',
  'common.retry': 'Reintentar',
  'common.dismiss': 'Cerrar',
  'common.none': '—',
  'common.opensInNewTab': '(se abre en una pestaña nueva)',

  'suppliers.title': 'Proveedores',
  'suppliers.subtitle': 'Portales B2B de tus proveedores, sus importaciones y sus categorías.',
  'suppliers.tabsLabel': 'Proveedores',
  'suppliers.loadError': 'No se pudieron cargar los proveedores: {message}',
  'suppliers.empty': 'Aún no hay proveedores configurados.',

  'supplier.baseUrl': 'Portal',
  'supplier.connector': 'Conector',
  'supplier.categoryCount': 'Categorías',
  'supplier.lastSync': 'Última importación de categorías',
  'supplier.never': 'Nunca',
  'supplier.credentialsMissing': 'Sin credenciales',
  'supplier.credentialsMissingHint': 'Configura las credenciales del portal antes de importar.',
  'supplier.disabled': 'Desactivado',

  'imports.startCategories': 'Importar categorías',
  'imports.starting': 'Iniciando la importación…',
  'imports.errorTitle': 'No se pudo iniciar la importación',

  'run.title': 'Última importación',
  'run.none': 'Todavía no se ha importado nada de este proveedor.',
  'run.loadError': 'No se pudo cargar la última importación: {message}',
  'run.createdAt': 'Creada el {date}',
  'run.status.queued': 'En cola',
  'run.status.running': 'En curso',
  'run.status.succeeded': 'Completada',
  'run.status.failed': 'Fallida',
  'run.status.cancelled': 'Cancelada',
  'run.step': 'Paso',
  'run.step.login': 'Inicio de sesión en el portal',
  'run.step.categories': 'Lectura de categorías',
  'run.step.store': 'Guardado de categorías',
  'run.items': 'Avance',
  'run.counts': '{done} de {total}',
  'run.progressLabel': 'Progreso de la importación',
  'run.reason': 'Motivo',
  'run.log': 'Registro',
  'run.logEmpty': 'Esperando eventos…',
  'run.event.status': 'Estado: {status}',
  'run.event.statusReason': 'Estado: {status}. {reason}',
  'run.event.progress': '{step}: {done} de {total}',
  'run.event.progressNoTotal': '{step}: {done}',
  'run.level.info': 'info',
  'run.level.warn': 'aviso',
  'run.level.error': 'error',
  'run.live.connecting': 'Conectando…',
  'run.live.live': 'En vivo',
  'run.live.error': 'Sin conexión en vivo: {message}',

  'categories.title': 'Categorías',
  'categories.count': '{count} en total',
  'categories.loadError': 'No se pudieron cargar las categorías: {message}',
  'categories.empty': 'Aún no hay categorías: pulsa Importar categorías',
  'categories.caption': 'Categorías del portal de {supplier}',
  'categories.col.name': 'Nombre',
  'categories.col.externalId': 'ID externo',
  'categories.col.url': 'Enlace',
  'categories.col.status': 'Estado',
  'categories.missing': 'Faltante',
  'categories.missingSince': 'No aparece en el portal desde el {date}',
  'categories.present': 'Vigente',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof esCL;
export type Messages = Readonly<Record<MessageKey, string>>;

const en: Messages = {
  'app.name': 'SYNCAR',
  'app.tagline': 'Your catalog, in sync with your suppliers',
  'app.description': "Keeps the auto-parts catalog in sync with your suppliers' B2B portals.",
  'a11y.skipToContent': 'Skip to content',
  'nav.label': 'Main navigation',
  'nav.suppliers': 'Suppliers',
  'locale.label': 'Language',
  'locale.es-CL': 'Spanish',
  'locale.en': 'English',

  'common.loading': 'Loading…',
  'common.retry': 'Retry',
  'common.dismiss': 'Dismiss',
  'common.none': '—',
  'common.opensInNewTab': '(opens in a new tab)',

  'suppliers.title': 'Suppliers',
  'suppliers.subtitle': "Your suppliers' B2B portals, their imports and their categories.",
  'suppliers.tabsLabel': 'Suppliers',
  'suppliers.loadError': 'Could not load the suppliers: {message}',
  'suppliers.empty': 'No suppliers are configured yet.',

  'supplier.baseUrl': 'Portal',
  'supplier.connector': 'Connector',
  'supplier.categoryCount': 'Categories',
  'supplier.lastSync': 'Last category import',
  'supplier.never': 'Never',
  'supplier.credentialsMissing': 'No credentials',
  'supplier.credentialsMissingHint': "Set the portal's credentials before importing.",
  'supplier.disabled': 'Disabled',

  'imports.startCategories': 'Import categories',
  'imports.starting': 'Starting the import…',
  'imports.errorTitle': 'The import could not start',

  'run.title': 'Latest import',
  'run.none': 'Nothing has been imported from this supplier yet.',
  'run.loadError': 'Could not load the latest import: {message}',
  'run.createdAt': 'Created {date}',
  'run.status.queued': 'Queued',
  'run.status.running': 'Running',
  'run.status.succeeded': 'Succeeded',
  'run.status.failed': 'Failed',
  'run.status.cancelled': 'Cancelled',
  'run.step': 'Step',
  'run.step.login': 'Signing in to the portal',
  'run.step.categories': 'Reading categories',
  'run.step.store': 'Saving categories',
  'run.items': 'Done',
  'run.counts': '{done} of {total}',
  'run.progressLabel': 'Import progress',
  'run.reason': 'Reason',
  'run.log': 'Log',
  'run.logEmpty': 'Waiting for events…',
  'run.event.status': 'Status: {status}',
  'run.event.statusReason': 'Status: {status}. {reason}',
  'run.event.progress': '{step}: {done} of {total}',
  'run.event.progressNoTotal': '{step}: {done}',
  'run.level.info': 'info',
  'run.level.warn': 'warning',
  'run.level.error': 'error',
  'run.live.connecting': 'Connecting…',
  'run.live.live': 'Live',
  'run.live.error': 'Live updates unavailable: {message}',

  'categories.title': 'Categories',
  'categories.count': '{count} in total',
  'categories.loadError': 'Could not load the categories: {message}',
  'categories.empty': 'No categories yet: press Import categories',
  'categories.caption': "Categories on {supplier}'s portal",
  'categories.col.name': 'Name',
  'categories.col.externalId': 'External ID',
  'categories.col.url': 'Link',
  'categories.col.status': 'Status',
  'categories.missing': 'Missing',
  'categories.missingSince': 'Not on the portal since {date}',
  'categories.present': 'Current',
};

export const messages: Readonly<Record<Locale, Messages>> = { 'es-CL': esCL, en };

/** The BCP 47 tag handed to Intl for each locale. */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { 'es-CL': 'es-CL', en: 'en-US' };

/** Short labels for the language switch. */
export const LOCALE_SHORT_LABEL: Readonly<Record<Locale, string>> = { 'es-CL': 'ES', en: 'EN' };

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Replaces `{name}` placeholders with `params.name`; unknown placeholders are left as they are. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}

export function createTranslator(locale: Locale): Translate {
  const dictionary = messages[locale];
  return (key, params) => interpolate(dictionary[key], params);
}

export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(esCL, key);
