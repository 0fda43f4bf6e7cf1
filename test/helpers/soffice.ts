// LibreOffice headless, with a profile of its own per call so parallel runs do not collide.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** Converts `file` (e.g. to `pdf`, `html`, `xlsx`) into `outDir` and returns the new file's path. */
export async function sofficeConvert(file: string, format: string, outDir: string): Promise<string> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'soffice-profile-'));
  try {
    await promisify(execFile)('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, file], { timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return path.join(outDir, `${path.parse(file).name}.${format.split(':')[0]}`);
}
