// Names in the export: snake_case field and resource names that research tools (R, pandas, DuckDB,
// Power BI) accept without quoting. Schema names come from the English keys, so they do not change
// when a Dutch caption is reworded; user columns only have a caption, so theirs comes from that.

/** `referencePeriod` -> `reference_period`, `intendedEffects` -> `intended_effects`, `nisURL` -> `nis_url`. */
export function snakeCase(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** `Opmerking (intern)` -> `opmerking_intern`, `Prioriteit é 1` -> `prioriteit_e_1`; never empty, never starting with a digit. */
export function nameFromCaption(caption: string): string {
  const name = caption
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!name) return 'kolom';
  return /^[0-9]/.test(name) ? `kolom_${name}` : name;
}

/** `name`, or `name_2`, `name_3` … when it is taken; the result is added to `taken`. */
export function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name}_${n}`;
  taken.add(candidate);
  return candidate;
}
