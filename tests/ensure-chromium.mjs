// Playwright cannot download its own browsers here: use Debian's Chromium, installing it when missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH as CHROMIUM } from './chromium.mjs';

if (existsSync(CHROMIUM)) process.exit(0);
console.log(`${CHROMIUM} is missing: installing Debian's chromium with apt-get…`);
const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
execSync(
  `${sudo}apt-get update -qq && ${sudo}DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`,
  {
    stdio: 'inherit',
    shell: '/bin/bash',
  },
);
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium still missing at ${CHROMIUM}`);
  process.exit(1);
}
