import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { aptInstall, onPath } from './shell';

export interface RedisHandle {
  url: string;
  /** Set when this script started redis-server itself. */
  stop?: () => Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 2_000,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** REDIS_URL, else 127.0.0.1:6379, else a redis-server started here (installed with apt when root). */
export async function findRedis(dataDir: string): Promise<RedisHandle> {
  const configured = process.env.REDIS_URL;
  if (configured) {
    if (await answers(configured)) return { url: configured };
    throw new Error(`REDIS_URL=${configured} does not answer PING`);
  }
  const local = 'redis://127.0.0.1:6379';
  if (await answers(local)) return { url: local };

  let server = onPath('redis-server');
  if (!server && aptInstall(['redis-server'])) server = onPath('redis-server');
  if (!server) {
    throw new Error(
      'Redis was not found. Start one and set REDIS_URL, or install it (Debian: `sudo apt-get install redis-server`).',
    );
  }
  const port = 6390;
  const dir = join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  console.log(`Starting redis-server on port ${port} (data in ${dir})`);
  const child = spawn(
    server,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--maxmemory-policy',
      'noeviction',
    ],
    {
      stdio: 'ignore',
    },
  );
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 50 && !(await answers(url)); i++) await new Promise((r) => setTimeout(r, 100));
  if (!(await answers(url))) throw new Error(`redis-server did not start on port ${port}`);
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
