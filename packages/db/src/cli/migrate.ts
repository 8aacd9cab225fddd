import { migrateDown, migrateToLatest } from '../migrate';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required');
  process.exit(78);
}
const direction = process.argv[2] ?? 'latest';
try {
  const done = direction === 'down' ? await migrateDown(url) : await migrateToLatest(url);
  console.error(done.length ? done.join('\n') : 'Database is up to date');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
