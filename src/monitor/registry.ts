// The part of the registry an import needs, read through openRegistry in one go: the settings (which
// municipality), Indicatoren, Werkingsgebieden and Metingen. A workbook that is no registry, or one
// that needs Maak register first, is refused before anything is read from the monitor file.
import { openRegistry, type RegistryData, type ViewOf } from '../registry/read';
import { SCHEMA_VERSION } from '../registry/schema';
import type { WorkbookPort } from '../workbook/port';

export interface ImportRegistry {
  gemeente: string | null;
  provincie: string | null;
  indicators: ViewOf<'indicators'>;
  areas: ViewOf<'areas'>;
  measurements: ViewOf<'measurements'>;
  data: RegistryData;
}

export async function openImportRegistry(wb: WorkbookPort): Promise<ImportRegistry> {
  const data = await openRegistry(wb, {
    tables: ['indicators', 'areas', 'measurements'],
    need: ['indicators', 'areas', 'measurements'],
    minVersion: SCHEMA_VERSION,
    // The columns the import writes; Bronwaarde tells hand edits apart.
    columns: { indicators: ['id', 'name'], areas: ['code', 'name'], measurements: ['indicator', 'area', 'period', 'dimension', 'value', 'sourceValue'] },
  });
  const settings = data.settings.parsed.ok ? data.settings.parsed.settings : undefined;
  const table = <T extends 'indicators' | 'areas' | 'measurements'>(key: T) => data.tables.get(key)!;
  return { gemeente: settings?.gemeente ?? null, provincie: settings?.provincie ?? null, indicators: table('indicators'), areas: table('areas'), measurements: table('measurements'), data };
}
