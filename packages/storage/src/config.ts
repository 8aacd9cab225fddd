import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** `.data/storage` under the repository root: where a local installation keeps its blobs by default. */
export const DEFAULT_STORAGE_DIR = fileURLToPath(new URL('../../../.data/storage', import.meta.url));

/** The zod field for STORAGE_DIR, as both the worker and the API read it: an absolute path. */
export const storageDir = () =>
  z
    .string()
    .trim()
    .min(1)
    .default(DEFAULT_STORAGE_DIR)
    .transform((dir) => resolve(dir));
