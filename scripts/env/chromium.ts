import { existsSync } from 'node:fs';
import { aptInstall, onPath } from './shell';

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else install it with apt (root only). */
export function findChromium(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist`);
    return configured;
  }
  const found = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : onPath('chromium');
  if (found) return found;
  if (aptInstall(['chromium', 'fonts-liberation']) && existsSync('/usr/bin/chromium'))
    return '/usr/bin/chromium';
  throw new Error(
    'Chromium was not found. Install it (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium binary.',
  );
}
