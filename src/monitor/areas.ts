// Which Werkingsgebied a file's area is. NIS codes are compared without leading zeros (2000 = 02000);
// names are compared as a person would. Codes and names of municipalities that merged in 2019 or 2025
// go to the merged municipality, unless the registry still has the old one. Areas the registry does
// not have yet are known from the built-in reference (the 285 municipalities, provinces, the region).
import { FLEMISH_REGION, municipalities, provinces } from '../registry/gemeenten';
import { mergers } from './mergerData';
import { codeKey, normalText } from '../registry/keys';

export interface Area {
  code: string;
  name: string;
  level: string;
  nis: string | null;
  parent: string | null;
}

export interface ResolvedArea {
  area: Area;
  /** The area is a Werkingsgebied already (or was added earlier in this import). */
  inRegistry: boolean;
  /** Set when the file named a municipality that merged: the old code and name. */
  mappedFrom?: { code: string; name: string };
}

const reference = new Map<string, Area>();
const referenceNames = new Map<string, Area>();
{
  const region: Area = { code: FLEMISH_REGION.nis, name: FLEMISH_REGION.name, level: 'gewest', nis: FLEMISH_REGION.nis, parent: null };
  reference.set(region.code, region);
  for (const n of ['vlaams gewest', 'vlaanderen', 'vlaams gewest vlaanderen', 'gewest vlaanderen']) referenceNames.set(n, region);
  for (const [nis, name] of Object.entries(provinces)) {
    const area: Area = { code: nis, name, level: 'provincie', nis, parent: region.code };
    reference.set(nis, area);
    const base = normalText(name.replace(/^Provincie\s+/i, ''));
    for (const n of [`provincie ${base}`, `prov ${base}`, `${base} prov`, `${base} provincie`]) referenceNames.set(n, area);
  }
  for (const m of municipalities) {
    const area: Area = { code: m.nis, name: m.name, level: 'gemeente', nis: m.nis, parent: m.provinceNis };
    reference.set(m.nis, area);
    referenceNames.set(normalText(m.name), area);
  }
}

/** Old code -> 2025 code, following 2019 and 2025 mergers in turn; also by old name. */
const merged = new Map<string, { code: string; name: string; to: string }>();
const mergedNames = new Map<string, { code: string; name: string; to: string }>();
for (const [from, name, to] of mergers) {
  let target = to;
  for (let hop = mergers.find((m) => m[0] === target); hop; hop = mergers.find((m) => m[0] === target)) target = hop[2];
  const entry = { code: from, name, to: target };
  merged.set(codeKey(from), entry);
  // A 2025 municipality with the old name (Tielt, Hasselt, Lokeren) keeps the name.
  if (!referenceNames.has(normalText(name))) mergedNames.set(normalText(name), entry);
}

/** The reference area of a code (region, province or 2025 municipality). */
export function referenceArea(code: string): Area | undefined {
  return reference.get(codeKey(code));
}

export class AreaResolver {
  private readonly byCode = new Map<string, Area>();
  private readonly byName = new Map<string, Area>();
  private readonly added: Area[] = [];

  constructor(registryAreas: readonly Area[]) {
    for (const a of registryAreas) this.index(a);
  }

  private index(a: Area): void {
    for (const code of [a.code, a.nis]) if (code && !this.byCode.has(codeKey(code))) this.byCode.set(codeKey(code), a);
    const name = normalText(a.name);
    if (name && !this.byName.has(name)) this.byName.set(name, a);
  }

  /** The Werkingsgebied of a file's area, or null when neither the registry nor the reference knows it. */
  resolve(file: { code: string | null; name: string | null }): ResolvedArea | null {
    if (file.code) {
      const code = codeKey(file.code);
      const own = this.byCode.get(code);
      if (own) return { area: own, inRegistry: true };
      const merger = merged.get(code);
      if (merger) return this.target(merger.to, { code: merger.code, name: merger.name });
      const ref = reference.get(code);
      if (ref) return { area: ref, inRegistry: false };
    }
    if (file.name) {
      const name = normalText(file.name);
      const own = this.byName.get(name);
      if (own) return { area: own, inRegistry: true };
      const ref = referenceNames.get(name);
      if (ref) return this.byCode.has(ref.code) ? { area: this.byCode.get(ref.code)!, inRegistry: true } : { area: ref, inRegistry: false };
      const merger = mergedNames.get(name);
      if (merger) return this.target(merger.to, { code: merger.code, name: merger.name });
    }
    return null;
  }

  private target(code: string, from: { code: string; name: string }): ResolvedArea | null {
    const own = this.byCode.get(codeKey(code));
    if (own) return { area: own, inRegistry: true, mappedFrom: from };
    const ref = reference.get(codeKey(code));
    return ref ? { area: ref, inRegistry: false, mappedFrom: from } : null;
  }

  /**
   * Adds a reference area to the registry's list (with the province and region above it, when
   * missing) and returns it as the registry has it: the parent is the registry's code for the parent.
   */
  add(area: Area): Area {
    const existing = this.byCode.get(codeKey(area.code));
    if (existing) return existing;
    const parentRef = area.parent ? reference.get(area.parent) : undefined;
    const parent = parentRef ? this.add(parentRef) : undefined;
    const added = { ...area, parent: parent?.code ?? area.parent };
    this.added.push(added);
    this.index(added);
    return added;
  }

  /** Areas added during this import, parents first. */
  addedAreas(): readonly Area[] {
    return this.added;
  }
}
