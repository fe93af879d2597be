#!/usr/bin/env node
// Real-browser tests drive Debian's Chromium (never a downloaded browser). If it is missing and
// we may install packages (root with apt-get), install it; otherwise say exactly what to do.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Chromium not found: installing Debian chromium with apt-get…');
  try {
    execSync('apt-get install -y chromium || (apt-get update && apt-get install -y chromium)', { stdio: 'inherit', shell: '/bin/bash' });
  } catch {
    // reported below
  }
  if (existsSync(path)) process.exit(0);
}
console.error(`Chromium is required for the real-browser tests and was not found at ${path}.
Install it with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium binary)`);
process.exit(1);
