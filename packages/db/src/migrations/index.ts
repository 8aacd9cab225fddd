import type { Migration } from 'kysely';
import * as initial from './0001_initial';
import * as accessControl from './0002_access_control';
import * as runCancel from './0003_run_cancel';
import * as syncEngine from './0004_sync_engine';
import * as runEvidence from './0005_run_evidence';
import * as partCodes from './0006_part_codes';
import * as search from './0007_search';
import * as partLinks from './0008_part_links';
import * as apiTokens from './0009_api_tokens';
import * as exportsTable from './0010_exports';

/**
 * Every migration, in order. A static list instead of Kysely's FileMigrationProvider: it needs no directory
 * scan at run time, so it works the same under tsx, a bundler or a production image.
 */
export const migrations: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_access_control': accessControl,
  '0003_run_cancel': runCancel,
  '0004_sync_engine': syncEngine,
  '0005_run_evidence': runEvidence,
  '0006_part_codes': partCodes,
  '0007_search': search,
  '0008_part_links': partLinks,
  '0009_api_tokens': apiTokens,
  '0010_exports': exportsTable,
};
