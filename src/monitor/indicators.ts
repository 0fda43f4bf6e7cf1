// Which registry indicator a file's values belong to. A file names its indicator by code (a theme
// sheet, a Swing variable, a file name like GSM_Extract_WO_07) or by name (a CSV's Indicator column
// says "Mediaanprijs huizen"); the catalogue links names to codes. An indicator the registry does not
// have yet is added, as a context indicator: from the catalogue when it knows it, else from the file's
// own name and unit.
import type { Row } from '../registry/defaults';
import { MONITOR_SOURCE } from '../registry/roles';
import type { CellValue } from '../workbook/port';
import type { Catalogue, CatalogueEntry } from './catalogue';
import type { TableView } from '../registry/read';
import { publicationLag } from './publicationLag';
import { cellText, normalText } from './text';
import type { IndicatorRef, ImportSummary } from './types';

export interface RegistryIndicator {
  id: string;
  unit: string | null;
}

export { MONITOR_SOURCE };

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** The catalogue's announced update (`november 2024`) when it still lies ahead of `now`; null when past or vague (`te bepalen`). */
export function upcomingUpdate(nextUpdate: string, now: Date): string | null {
  const m = /^([a-z]+)\s+(\d{4})$/i.exec(nextUpdate.trim());
  const month = m ? MONTHS.indexOf(m[1].toLowerCase()) : -1;
  if (!m || month < 0) return null;
  return Date.UTC(Number(m[2]), month + 1, 1) > now.getTime() ? nextUpdate.trim() : null;
}

/**
 * How often the monitor brings new figures: its survey (burgerbevraging) every three years (2017,
 * 2020, 2023), its registered statistics yearly, unless the catalogue calls them irregular.
 */
export function catalogueFrequency(entry: CatalogueEntry): string | null {
  if (entry.survey) return 'driejaarlijks';
  return /onregelmatig/i.test(entry.nextUpdate) ? null : 'jaarlijks';
}

/** The Indicatoren row for a catalogue entry, by column key: a context indicator until a user makes it a policy one. */
export function catalogueRow(id: string, entry: CatalogueEntry, now: Date): Row {
  return {
    id,
    name: entry.title,
    definition: entry.definition || null,
    unit: entry.unit || null,
    theme: entry.theme || null,
    source: entry.source ? `${MONITOR_SOURCE} (${entry.source})` : MONITOR_SOURCE,
    sourceCode: entry.code,
    frequency: catalogueFrequency(entry),
    nextUpdate: upcomingUpdate(entry.nextUpdate, now),
    availableAfter: publicationLag(entry),
    role: 'contextindicator',
    status: 'actief',
  };
}

export class IndicatorResolver {
  private readonly byCode = new Map<string, RegistryIndicator>();
  private readonly byName = new Map<string, RegistryIndicator>();
  private readonly cache = new Map<string, RegistryIndicator | { problem: string }>();
  private next: number;
  private last: { ref: IndicatorRef; found: RegistryIndicator | { problem: string } } | null = null;
  readonly rows: Row[] = [];
  readonly added: ImportSummary['indicatorsAdded'] = [];

  constructor(
    table: TableView,
    private readonly catalogue: Catalogue,
    /** Bron of an indicator made from the file itself (not in the catalogue). */
    private readonly source: string,
    /** Today, to leave out an update the catalogue announced for a date that has passed. */
    private readonly now: Date,
  ) {
    let max = 0;
    for (const row of table.rows) {
      const id = row.text('id');
      if (!id) continue;
      const n = /^IND-(\d+)$/i.exec(id);
      if (n) max = Math.max(max, Number(n[1]));
      this.index({ id, unit: row.text('unit') || null }, row.get('sourceCode'), row.get('name'));
    }
    this.next = max + 1;
  }

  private index(ind: RegistryIndicator, code: CellValue, name: CellValue): void {
    const c = cellText(code).toUpperCase();
    const n = normalText(cellText(name));
    if (c && !this.byCode.has(c)) this.byCode.set(c, ind);
    if (n && !this.byName.has(n)) this.byName.set(n, ind);
  }

  /** The indicator the registry has for a reference, without adding anything. */
  find(ref: IndicatorRef): RegistryIndicator | undefined {
    const code = (c: string | null) => (c ? this.byCode.get(c.toUpperCase()) : undefined);
    const viaCatalogue = ref.name ? this.catalogue.byTitle(ref.name)?.code : undefined;
    return code(ref.code) ?? (ref.name ? this.byName.get(normalText(ref.name)) : undefined) ?? code(viaCatalogue ?? null) ?? code(ref.fileCode);
  }

  /** The catalogue entry a reference stands for, if any. */
  entry(ref: IndicatorRef): CatalogueEntry | undefined {
    return (ref.code ? this.catalogue.byCode(ref.code) : undefined) ?? (ref.name ? this.catalogue.byTitle(ref.name) : undefined) ?? (!ref.name && ref.fileCode ? this.catalogue.byCode(ref.fileCode) : undefined);
  }

  /** The registry indicator of a file's reference, added to the registry when it is not there yet. */
  resolve(ref: IndicatorRef): RegistryIndicator | { problem: string } {
    // A file's rows nearly always name the same indicator as the row before.
    const last = this.last;
    if (last && last.ref.code === ref.code && last.ref.name === ref.name && last.ref.fileCode === ref.fileCode) return last.found;
    const key = `${ref.code ?? ''}\u0001${ref.name ?? ''}\u0001${ref.fileCode ?? ''}`;
    let found = this.cache.get(key);
    if (!found) {
      found = this.find(ref) ?? this.create(ref);
      this.cache.set(key, found);
    }
    this.last = { ref, found };
    return found;
  }

  /** Adds a catalogue indicator by code; returns the existing one when the registry has it. */
  addFromCatalogue(entry: CatalogueEntry): { indicator: RegistryIndicator; added: boolean } {
    const existing = this.byCode.get(entry.code.toUpperCase());
    if (existing) return { indicator: existing, added: false };
    return { indicator: this.create({ code: entry.code, name: entry.title, fileCode: null, unit: entry.unit }) as RegistryIndicator, added: true };
  }

  private create(ref: IndicatorRef): RegistryIndicator | { problem: string } {
    const entry = this.entry(ref);
    const name = entry?.title ?? ref.name ?? ref.code ?? ref.fileCode;
    if (!name) return { problem: 'de rij noemt geen indicator (kolom Indicator is leeg) en de bestandsnaam bevat geen monitorcode zoals WO_07' };
    const id = `IND-${String(this.next++).padStart(3, '0')}`;
    const code = entry?.code ?? ref.code ?? ref.fileCode;
    // An imported series gives context; a user makes it a policy indicator by changing its Rol.
    const row: Row = entry ? catalogueRow(id, entry, this.now) : { id, name, unit: ref.unit, source: this.source, sourceCode: code, role: 'contextindicator', status: 'actief' };
    const indicator = { id, unit: (row.unit as string | null) ?? null };
    this.rows.push(row);
    this.added.push({ id, name, code: code ?? null, from: entry ? 'catalogus' : 'bestand' });
    this.index(indicator, code, name);
    return indicator;
  }
}
