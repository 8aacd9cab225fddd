import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

/** The pnpm workspace root, so standalone output traces files from the whole monorepo. */
const monorepoRoot = fileURLToPath(new URL('../..', import.meta.url));

const nextConfig: NextConfig = {
  output: 'standalone',
  outputFileTracingRoot: monorepoRoot,
  transpilePackages: ['@syncar/contracts'],
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
