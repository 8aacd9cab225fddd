import { z } from 'zod';

export const AVAILABILITIES = ['in_stock', 'out_of_stock', 'on_order', 'unknown'] as const;
export const availabilitySchema = z.enum(AVAILABILITIES);
export type Availability = z.infer<typeof availabilitySchema>;

const text = (max: number) => z.string().trim().min(1).max(max);

export const fitmentSchema = z.object({
  make: text(100),
  model: text(200),
  secondary: z.string().trim().max(200).nullable(),
  yearFrom: z.number().int().min(1900).max(2100).nullable(),
  /** null: open end ("2015 - --"). */
  yearTo: z.number().int().min(1900).max(2100).nullable(),
});
export type Fitment = z.infer<typeof fitmentSchema>;

export const specSchema = z.object({ name: text(200), value: z.string().trim().max(2000) });

/** A product as a connector extracts it from a detail page, validated before anything is stored. */
export const scrapedProductSchema = z.object({
  sku: text(100),
  name: text(500),
  brand: z.string().trim().max(200).nullable(),
  description: z.string().trim().max(10_000).nullable(),
  url: z.url(),
  priceClp: z.number().int().nonnegative().max(1_000_000_000).nullable(),
  stock: z.number().int().nonnegative().max(10_000_000).nullable(),
  availability: availabilitySchema,
  availableFrom: z.iso.date().nullable(),
  oemCodes: z.array(text(100)).max(100),
  specs: z.array(specSchema).max(200),
  /** Absolute image URLs on the supplier's portal, in gallery order. */
  images: z.array(z.url()).max(50),
  fitments: z.array(fitmentSchema).max(1000),
});
export type ScrapedProduct = z.infer<typeof scrapedProductSchema>;

/** One row of a category's product list: enough to fetch the detail page. */
export const productListItemSchema = z.object({ sku: text(100), url: z.url() });
export type ProductListItem = z.infer<typeof productListItemSchema>;
