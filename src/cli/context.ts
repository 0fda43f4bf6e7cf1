// What every CLI command gets: where to print, how to set the exit code, and how a refusal from the
// domain is turned into a message that names the file.
import { UserError } from '../errors';
import { prefixed } from './files';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export interface CliContext {
  io: Io;
  /** 0 done, 1 done with problems left (errors, conflicts, skipped rows), 2 input that cannot be used. */
  setExit(code: number): void;
}

/** A refusal from the domain names the file it is about. */
export async function aboutFile<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof UserError) throw prefixed(e, `${file}: `);
    throw e;
  }
}
