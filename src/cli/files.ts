// Reading and writing workbook files for the CLI. Every problem a user can cause (wrong file,
// encrypted, read-only, open in Excel) becomes a UserError naming the file, checked before any
// work is done; a save goes to a temporary file first, so the original is never half-written.
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors';
import { XlsxWorkbook } from '../workbook/xlsx/adapter';

const name = (file: string) => path.basename(file);

export async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** A file-system error on reading `file`, as a Dutch message that names the file and the cause. */
export function cannotRead(file: string, e: unknown): UserError {
  const code = (e as NodeJS.ErrnoException).code;
  const cause = code === 'ENOENT' ? 'het bestand bestaat niet' : code === 'EISDIR' ? 'dit is een map, geen bestand' : code === 'EACCES' ? 'u hebt geen leesrechten op het bestand' : `het bestand kan niet gelezen worden (${code})`;
  return new UserError('unreadable', `Kan ${name(file)} niet openen: ${cause}.`);
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
    if (e instanceof UserError) throw new UserError(e.code, `Kan ${name(file)} niet openen: ${e.message}`);
    throw e;
  }
}

/** Refuses before any work when the result could not be saved: read-only file or folder, or the file open in Excel. */
export async function checkWritable(file: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  if (await exists(path.join(dir, `~$${name(file)}`))) {
    throw new UserError('locked', `${name(file)} is geopend in Excel. Sluit het bestand in Excel en probeer opnieuw.`);
  }
  if (await exists(file)) {
    // A file marked read-only (no write bit) is refused even for a user who could override it.
    const marked = ((await fs.stat(file)).mode & 0o222) === 0;
    if (marked || !(await writable(file))) {
      throw new UserError('read-only', `${name(file)} is alleen-lezen: er kan niets in opgeslagen worden. Maak het bestand schrijfbaar of kies een ander bestand.`);
    }
  } else {
    // A folder that does not exist yet is made on saving; what counts is the nearest one that does.
    const folder = await nearestFolder(dir);
    if (!(await writable(folder))) throw new UserError('read-only', `De map ${folder} is alleen-lezen: ${name(file)} kan er niet opgeslagen worden.`);
  }
}

async function nearestFolder(dir: string): Promise<string> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (stat?.isDirectory()) return dir;
  if (stat) throw new UserError('read-only', `${dir} is een bestand, geen map: kies een map om in op te slaan.`);
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
    if (e instanceof UserError) throw new UserError(e.code, `Kan ${name(file)} niet opslaan: ${e.message}`);
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

/** A file-system error on saving `file`, in Dutch: "alleen-lezen" only when that is the cause. */
export function cannotWrite(file: string, e: unknown): UserError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new UserError('read-only', `Kan ${name(file)} niet opslaan: het bestand of de map is alleen-lezen. Maak ze schrijfbaar of kies een andere plaats.`);
  }
  const cause = code === 'ENOSPC' ? 'de schijf is vol' : code === 'EBUSY' ? 'het bestand is in gebruik door een ander programma' : `het bestandssysteem meldt ${code ?? 'een fout'}`;
  return new UserError('unwritable', `Kan ${name(file)} niet opslaan: ${cause}. Er is niets gewijzigd.`);
}

export async function saveWorkbook(wb: XlsxWorkbook, file: string): Promise<void> {
  await saveFile(file, () => wb.save());
}
