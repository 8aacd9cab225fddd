import { fileURLToPath } from 'node:url';

/** `.data/storage` under the repository root: where a local installation keeps its blobs by default. */
export const DEFAULT_STORAGE_DIR = fileURLToPath(new URL('../../../.data/storage', import.meta.url));
