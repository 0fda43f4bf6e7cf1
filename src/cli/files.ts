// Reading and writing workbook files for the CLI. Every problem a user can cause (wrong file,
// encrypted, read-only, open in Excel) becomes a UserError naming the file, checked before any
// work is done; a save goes to a temporary file first, so the original is never half-written.
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors';
import { refuse, withCause } from '../rules';
import { XlsxWorkbook } from '../workbook/xlsx/adapter';

const name = (file: string) => path.basename(file);

export async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** A file-system error on reading `file`, as a refusal that names the file and the cause. */
export function cannotRead(file: string, e: unknown): UserError {
  const code = (e as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'bestaat-niet' : code === 'EISDIR' ? 'map' : code === 'EACCES' ? 'geen-rechten' : 'anders';
  return withCause(refuse('bestand.openen', { file: name(file), reason, code }), e);
}

/** A refusal about a file's content, prefixed with what was being done to which file (the CLI names its files); its rule and parameters stay. */
export function prefixed(e: UserError, prefix: string): UserError {
  return new UserError(e.code, `${prefix}${e.message}`, { cause: e, problem: e.problem });
}

/** Opens an .xlsx; a file that cannot be read gets a Dutch message that names it and the cause. */
export async function openWorkbook(file: string): Promise<XlsxWorkbook> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    throw cannotRead(file, e);
  }
  try {
    return await XlsxWorkbook.load(bytes);
  } catch (e) {
    if (e instanceof UserError) throw prefixed(e, `Kan ${name(file)} niet openen: `);
    throw e;
  }
}

/** Refuses before any work when the result could not be saved: read-only file or folder, or the file open in Excel. */
export async function checkWritable(file: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  if (await exists(path.join(dir, `~$${name(file)}`))) {
    throw refuse('bestand.geopend', { file: name(file) });
  }
  if (await exists(file)) {
    // A file marked read-only (no write bit) is refused even for a user who could override it.
    const marked = ((await fs.stat(file)).mode & 0o222) === 0;
    if (marked || !(await writable(file))) {
      throw refuse('bestand.alleen-lezen', { file: name(file) });
    }
  } else {
    // A folder that does not exist yet is made on saving; what counts is the nearest one that does.
    const folder = await nearestFolder(dir);
    if (!(await writable(folder))) throw refuse('bestand.map-alleen-lezen', { folder, file: name(file) });
  }
}

async function nearestFolder(dir: string): Promise<string> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (stat?.isDirectory()) return dir;
  if (stat) throw refuse('bestand.map-is-bestand', { folder: dir });
  const parent = path.dirname(dir);
  return parent === dir ? dir : nearestFolder(parent);
}

const writable = (target: string) =>
  fs.access(target, constants.W_OK).then(
    () => true,
    () => false,
  );

/** Writes next to the target and renames, so a failure leaves the original file as it was. */
export async function saveFile(file: string, make: () => Promise<Uint8Array>): Promise<void> {
  let bytes: Uint8Array;
  try {
    // Made first, so a failure to make it leaves nothing behind.
    bytes = await make();
  } catch (e) {
    // Content that cannot be written: its own Dutch message, not a read-only file.
    if (e instanceof UserError) throw prefixed(e, `Kan ${name(file)} niet opslaan: `);
    throw e;
  }
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${name(file)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw cannotWrite(file, e);
  }
}

/** A file-system error on saving `file`, as a refusal: "alleen-lezen" only when that is the cause. */
export function cannotWrite(file: string, e: unknown): UserError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return withCause(refuse('bestand.opslaan-alleen-lezen', { file: name(file) }), e);
  const reason = code === 'ENOSPC' ? 'vol' : code === 'EBUSY' ? 'in-gebruik' : 'anders';
  return withCause(refuse('bestand.opslaan-mislukt', { file: name(file), reason, code }), e);
}

export async function saveWorkbook(wb: XlsxWorkbook, file: string): Promise<void> {
  await saveFile(file, () => wb.save());
}
