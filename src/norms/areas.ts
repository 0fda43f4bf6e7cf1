// Area nesting from Werkingsgebieden (Bovenliggend): a norm for an area applies to every area that
// lies within it, and the nearer the norm's area, the more specific the norm.
import { codeKey } from '../registry/keys';

export interface AreaTree {
  /** Display name of an area code (the code itself when it is not on the list). */
  name(code: string): string;
  level(code: string): string;
  /** How many steps up from `area` to `within` (0 = the same area), or -1 when it does not lie within it. */
  distance(area: string, within: string): number;
}

/** Area codes compared by the registry's one key rule: 02000 is 2000. */
const key = (code: string) => codeKey(code);

export function areaTree(rows: { code: string; name: string; level: string; parent: string }[]): AreaTree {
  const byCode = new Map(rows.filter((r) => r.code).map((r) => [key(r.code), r]));
  // Every measurement asks about its area and the areas of its norms: a registry has few areas,
  // so each pair is worked out once.
  const distances = new Map<string, Map<string, number>>();
  const distance = (area: string, within: string) => {
    const target = key(within);
    let current = key(area);
    // A cycle in Bovenliggend (a finding of the checks) must not loop forever.
    for (let steps = 0; steps <= byCode.size; steps++) {
      if (current === target) return steps;
      const parent = byCode.get(current)?.parent;
      if (!parent) return -1;
      current = key(parent);
    }
    return -1;
  };
  return {
    name: (code) => byCode.get(key(code))?.name || code,
    level: (code) => byCode.get(key(code))?.level.toLowerCase() ?? '',
    distance(area, within) {
      let from = distances.get(area);
      if (!from) distances.set(area, (from = new Map()));
      let steps = from.get(within);
      if (steps === undefined) from.set(within, (steps = distance(area, within)));
      return steps;
    },
  };
}
