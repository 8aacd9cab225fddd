import { normalizePartCode } from '@syncar/contracts';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from './client';
import { createTestDatabase, createTestDb, type TestDatabase } from './testing';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createTestDb(database);
});
afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

it('PostgreSQL keys OEM codes exactly as the contracts do: one key per part, whatever the punctuation', async () => {
  const codes = ['04152-YZZA1', '04152 yzza1', '04.152/yzz-a1', 'MD-360935', '--'];
  const { rows } = await sql<{
    keys: string[];
  }>`SELECT syncar_part_code_keys(${codes}::text[]) AS keys`.execute(db);
  const expected = [...new Set(codes.map(normalizePartCode).filter(Boolean))].sort();
  expect(rows[0]!.keys).toEqual(expected);
  expect(expected).toEqual(['04152YZZA1', 'MD360935']);
});
