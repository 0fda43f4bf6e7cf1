// Opens an .xlsx package the one way both its readers need (the xlsx adapter and the theme
// reader): officeDocument relationship → workbook part → its relationships → shared strings and
// styles. It speaks no Dutch: each caller maps a WorkbookPackageError to its own refusal.
import { relsName, type Relationship } from './opc';
import { SharedStrings } from './sharedStrings';
import { Styles } from './styles';
import { WorkbookPart, type SheetEntry } from './workbookPart';
import { ZipPackage, ZipPackageError } from './zipPackage';

/** no-workbook: no workbook part at all; missing: a part a relationship names is absent; unreadable: a part cannot be parsed. */
export type PackageFault = 'no-workbook' | 'missing' | 'unreadable';

export class WorkbookPackageError extends Error {
  constructor(
    readonly fault: PackageFault,
    /** The part that is missing or unreadable. */
    readonly part?: string,
    /** For a missing part: the relationship type that names it, and the relationships part that does. */
    readonly missing?: { type: string; rels: string },
    options?: { cause?: unknown },
  ) {
    super(`${fault}${part ? `: ${part}` : ''}`, options);
    this.name = 'WorkbookPackageError';
  }
}

export interface WorkbookPackage {
  workbookName: string;
  workbook: WorkbookPart;
  /** The workbook part's relationships. */
  rels: Relationship[];
  strings: SharedStrings;
  styles: Styles;
  /** The worksheet part of a sheet entry; undefined for a chart sheet and the like, which has no cells. */
  sheetPart(entry: SheetEntry): string | undefined;
}

/**
 * Reads the workbook part, its relationships, the shared strings and the styles. A ZipPackageError
 * (an encrypted or damaged entry) passes through as it is, so a caller can still tell those apart.
 */
export function openWorkbookPackage(pkg: ZipPackage): WorkbookPackage {
  const office = read(() => pkg.relationships('').find((r) => r.type === 'officeDocument'), relsName(''));
  if (!office) throw new WorkbookPackageError('no-workbook');
  const workbookName = pkg.target('', office);
  const xml = read(() => pkg.text(workbookName), workbookName);
  if (xml === undefined) throw new WorkbookPackageError('no-workbook', workbookName);
  const workbook = read(() => WorkbookPart.parse(xml), workbookName);
  const rels = read(() => pkg.relationships(workbookName), relsName(workbookName));
  const partOf = (rel: Relationship) => present(pkg, workbookName, rel);
  const partText = (type: string) => {
    const rel = rels.find((r) => r.type === type);
    const part = rel && partOf(rel);
    return { part, xml: part === undefined ? undefined : read(() => pkg.text(part), part) };
  };
  const shared = partText('sharedStrings');
  const strings = read(() => SharedStrings.parse(shared.xml), shared.part);
  const style = partText('styles');
  const styles = read(() => Styles.parse(style.xml), style.part);
  return {
    workbookName,
    workbook,
    rels,
    strings,
    styles,
    sheetPart(entry) {
      const rel = rels.find((r) => r.id === entry.rId);
      if (!rel) throw new WorkbookPackageError('unreadable', relsName(workbookName)); // the sheet points nowhere
      return rel.type === 'worksheet' ? partOf(rel) : undefined;
    },
  };
}

/** The part a relationship points to; an absent one is a `missing` fault naming it. */
export function present(pkg: ZipPackage, source: string, rel: Relationship): string {
  const part = pkg.target(source, rel);
  if (!pkg.has(part)) throw new WorkbookPackageError('missing', part, { type: rel.type, rels: relsName(source) });
  return part;
}

/** Runs a read of `part`; a parser's failure becomes an `unreadable` fault naming the part, with the failure as its cause. */
function read<T>(run: () => T, part: string | undefined): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof ZipPackageError || e instanceof WorkbookPackageError) throw e;
    throw new WorkbookPackageError('unreadable', part, undefined, { cause: e });
  }
}
