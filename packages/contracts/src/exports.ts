import { z } from 'zod';
import { localeSchema } from './auth';
import { catalogFiltersSchema, catalogSortSchema } from './catalog';

/** Exports of at most this many rows stream straight from the API; larger ones run as a background job. */
export const DIRECT_EXPORT_MAX_ROWS = 5_000;
/** How long a finished export can be downloaded. */
export const EXPORT_TTL_HOURS = 24;

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS, { error: 'El formato debe ser CSV o XLSX' });
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** The columns a user may choose, in the order they appear in the file. */
export const EXPORT_COLUMNS = [
  'sku',
  'name',
  'brand',
  'supplier',
  'category',
  'priceClp',
  'stock',
  'availability',
  'availableFrom',
  'oemCodes',
  'fitments',
  'description',
  'url',
  'firstSeenAt',
  'updatedAt',
  'missingSince',
  'id',
] as const;
export const exportColumnSchema = z.enum(EXPORT_COLUMNS, { error: 'La columna no existe' });
export type ExportColumn = z.infer<typeof exportColumnSchema>;

export const DEFAULT_EXPORT_COLUMNS: readonly ExportColumn[] = [
  'sku',
  'name',
  'brand',
  'supplier',
  'category',
  'priceClp',
  'stock',
  'availability',
];

type Locale = z.infer<typeof localeSchema>;

/** How a column's values are written: CLP as numbers with a currency format in XLSX, dates as dates. */
export type ExportColumnKind = 'text' | 'integer' | 'clp' | 'date' | 'dateTime';
export const EXPORT_COLUMN_KINDS: Record<ExportColumn, ExportColumnKind> = {
  sku: 'text',
  name: 'text',
  brand: 'text',
  supplier: 'text',
  category: 'text',
  priceClp: 'clp',
  stock: 'integer',
  availability: 'text',
  availableFrom: 'date',
  oemCodes: 'text',
  fitments: 'text',
  description: 'text',
  url: 'text',
  firstSeenAt: 'dateTime',
  updatedAt: 'dateTime',
  missingSince: 'dateTime',
  id: 'text',
};

/** Column headers of the file, in the language of whoever asked for it. */
export const EXPORT_HEADERS: Record<Locale, Record<ExportColumn, string>> = {
  'es-CL': {
    sku: 'SKU',
    name: 'Nombre',
    brand: 'Marca',
    supplier: 'Proveedor',
    category: 'Categoría',
    priceClp: 'Precio (CLP)',
    stock: 'Stock',
    availability: 'Disponibilidad',
    availableFrom: 'Disponible desde',
    oemCodes: 'Códigos OEM',
    fitments: 'Aplicaciones',
    description: 'Descripción',
    url: 'URL en el proveedor',
    firstSeenAt: 'Visto por primera vez',
    updatedAt: 'Actualizado',
    missingSince: 'Ausente desde',
    id: 'ID SYNCAR',
  },
  en: {
    sku: 'SKU',
    name: 'Name',
    brand: 'Brand',
    supplier: 'Supplier',
    category: 'Category',
    priceClp: 'Price (CLP)',
    stock: 'Stock',
    availability: 'Availability',
    availableFrom: 'Available from',
    oemCodes: 'OEM codes',
    fitments: 'Fitments',
    description: 'Description',
    url: 'Supplier URL',
    firstSeenAt: 'First seen',
    updatedAt: 'Updated',
    missingSince: 'Missing since',
    id: 'SYNCAR ID',
  },
};

export const EXPORT_AVAILABILITY_LABELS: Record<Locale, Record<string, string>> = {
  'es-CL': {
    in_stock: 'En stock',
    out_of_stock: 'Sin stock',
    on_order: 'A pedido',
    unknown: 'Sin información',
  },
  en: { in_stock: 'In stock', out_of_stock: 'Out of stock', on_order: 'On order', unknown: 'Unknown' },
};

export const exportColumnsSchema = z
  .array(exportColumnSchema)
  .min(1, { error: 'Elige al menos una columna' })
  .max(EXPORT_COLUMNS.length)
  .refine((columns) => new Set(columns).size === columns.length, { error: 'Hay columnas repetidas' });

/** An export of the filtered catalog view: what the user sees, every page, in the same order. */
export const startExportInputSchema = z.object({
  format: exportFormatSchema,
  columns: exportColumnsSchema,
  filters: catalogFiltersSchema,
  sort: catalogSortSchema.default('relevance'),
  locale: localeSchema.default('es-CL'),
});
export type StartExportInput = z.infer<typeof startExportInputSchema>;

/**
 * `direct`: small, streamed from PostgreSQL when downloaded. `job`: written to a file by a worker first.
 * A job goes queued → running → ready (or failed); any export becomes expired after EXPORT_TTL_HOURS.
 */
export const EXPORT_MODES = ['direct', 'job'] as const;
export const EXPORT_STATUSES = ['queued', 'running', 'ready', 'failed', 'expired'] as const;
export const exportStatusSchema = z.enum(EXPORT_STATUSES);
export type ExportStatus = z.infer<typeof exportStatusSchema>;

export const catalogExportSchema = z.object({
  id: z.uuid(),
  mode: z.enum(EXPORT_MODES),
  status: exportStatusSchema,
  format: exportFormatSchema,
  columns: z.array(exportColumnSchema),
  /** Rows in the view: counted when asked for (direct) or when the job starts (null until then). */
  rowsTotal: z.number().int().nonnegative().nullable(),
  /** Rows written so far by the job (the whole file once ready). */
  rowsDone: z.number().int().nonnegative(),
  byteSize: z.number().int().nonnegative().nullable(),
  fileName: z.string(),
  /** Path on the API (prefix it with the API's URL); null until the file can be downloaded. */
  downloadPath: z.string().nullable(),
  error: z.string().nullable(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
  expiresAt: z.date(),
});
export type CatalogExport = z.infer<typeof catalogExportSchema>;

export const exportIdInputSchema = z.object({ exportId: z.uuid({ error: 'La exportación no es válida' }) });

export const listExportsInputSchema = z.object({ limit: z.number().int().min(1).max(50).default(10) });

/** A background export job: it carries only the export's id; the rest is read from PostgreSQL. */
export const exportJobSchema = z.object({ exportId: z.uuid() });

/** The download path of an export (GET, with the session cookie). */
export const exportDownloadPath = (exportId: string) => `/exports/${exportId}/download`;
