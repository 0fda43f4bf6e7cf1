// openpyxl, to write workbooks as another common tool does. Debian's python3-openpyxl is installed
// for the system python, which a pyenv shim on PATH may hide; that one is tried first.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** Runs a Python script (which imports openpyxl) with `args` as sys.argv[1:]. */
export async function runOpenpyxl(script: string, args: string[]): Promise<void> {
  await promisify(execFile)(PYTHON, ['-c', script, ...args], { timeout: 120_000 });
}
