// Every rule of Controleer register, in one place: its stable id, severity, Dutch message and how
// to fix it. Checks build findings only through `finding()`, so a message cannot drift from here.
import type { Finding, Severity } from '../findings';
import type { TableKey } from '../registry/types';

type Params = Record<string, string | number>;

export interface RuleDoc {
  severity: Severity;
  /** What the rule is about, for the rule list. */
  title: string;
  message: (p: Params) => string;
  /** How a user fixes it, for the rule list and the task pane. */
  fix: string;
}

const q = (v: string | number) => `"${v}"`;

export const rules = {
  'structuur.tabel-ontbreekt': {
    severity: 'error',
    title: 'Een tabel van het register ontbreekt',
    message: (p) => `Tabel ${p.sheet} ontbreekt: er is geen blad ${p.sheet} met tabel ${p.table}.`,
    fix: 'Voer Maak register (of beleidsregister maak) uit: de tabel wordt opnieuw aangemaakt, de rest blijft staan.',
  },
  'structuur.instellingen-ontbreken': {
    severity: 'error',
    title: 'De instellingen van het register ontbreken',
    message: () => 'Het blad Systeem met de instellingen van het register (tabel tblInstellingen: schemaversie, gemeente, drempels) ontbreekt; zonder die instellingen kunnen Toets aan normen en de import niet werken.',
    fix: 'Voer Maak register (of beleidsregister maak --gemeente <NIS-code>) uit: het blad wordt opnieuw aangemaakt met de standaarddrempels, de rest blijft staan.',
  },
  'instelling.register-ongeldig': {
    severity: 'error',
    title: 'Een instelling van het register heeft een ongeldige waarde',
    message: (p) => `In de instellingen (blad Systeem) ${p.problem}.`,
    fix: 'Zet een geldige waarde in de kolom Waarde van tblInstellingen, bv. de vijfcijferige NIS-code 44021 bij gemeente.',
  },
  'structuur.geen-tabel': {
    severity: 'error',
    title: 'Een blad van het register bevat geen tabel meer',
    message: (p) => `Blad ${p.sheet} bevat geen tabel ${p.table} (misschien omgezet naar een gewoon bereik); het blad wordt niet gecontroleerd.`,
    fix: 'Selecteer de gegevens, kies Invoegen > Tabel en geef de tabel de naam uit de melding.',
  },
  'structuur.kolom-ontbreekt': {
    severity: 'error',
    title: 'Een kolom van het register ontbreekt of is hernoemd',
    message: (p) => `Kolom ${p.column} niet gevonden in ${p.sheet}; de controles op die kolom zijn overgeslagen.`,
    fix: 'Zet de kolomkop terug op de naam uit de melding, of voer Maak register uit om de kolom opnieuw toe te voegen.',
  },
  'waarde.verplicht': {
    severity: 'error',
    title: 'Verplichte waarde ontbreekt',
    message: (p) => `${p.column} is verplicht maar leeg. Vul een waarde in${p.example ? `, bv. ${p.example}` : ''}.`,
    fix: 'Vul de cel in; de invoerhulp van de cel zegt wat er hoort.',
  },
  'waarde.getal': {
    severity: 'error',
    title: 'Geen getal',
    message: (p) => `${q(p.value)} in ${p.column} is geen getal. Geef een getal, bv. 48 of 0,4.`,
    fix: 'Typ een getal met een komma of een punt als decimaalteken, zonder eenheid erbij.',
  },
  'waarde.datum': {
    severity: 'error',
    title: 'Geen geldige datum',
    message: (p) => `${q(p.value)} in ${p.column} ${p.problem}. Geef een datum als dd/mm/jjjj, bv. 31/12/2030.`,
    fix: 'Typ de datum als dd/mm/jjjj; Excel maakt er een echte datum van.',
  },
  'waarde.periode': {
    severity: 'error',
    title: 'Geen geldige periode',
    message: (p) => `${q(p.value)} in ${p.column} is geen periode. Geef een jaar (2023), semester (2023-S1), kwartaal (2023-Q2) of maand (2023-06).`,
    fix: 'Schrijf de periode als 2023, 2023-S1, 2023-Q2 of 2023-06.',
  },
  'waarde.keuzelijst': {
    severity: 'error',
    title: 'Waarde staat niet in de vaste lijst',
    message: (p) => `${q(p.value)} in ${p.column} is geen toegelaten waarde. Kies een van: ${p.values}.`,
    fix: 'Kies de waarde uit het keuzemenu van de cel.',
  },
  'waarde.id-formaat': {
    severity: 'error',
    title: 'ID heeft niet de juiste vorm',
    message: (p) => `ID ${q(p.value)} heeft niet de vorm ${p.prefix}-001. Gebruik ${p.prefix}- gevolgd door een nummer.`,
    fix: 'Geef het ID de vorm uit de melding. Verandert u een ID, pas dan ook de verwijzingen ernaar aan.',
  },
  'sleutel.dubbel': {
    severity: 'error',
    title: 'Dubbele sleutel',
    message: (p) => `${p.column} ${q(p.value)} komt meer dan eens voor in ${p.sheet} (ook in rij ${p.other}). Geef elke rij een eigen ${p.column}.`,
    fix: 'Geef een van de rijen een nieuwe, unieke waarde, of verwijder de dubbele rij.',
  },
  'meting.dubbel': {
    severity: 'error',
    title: 'Dubbele meting',
    message: (p) => `Deze meting staat er meer dan eens in (ook in rij ${p.other}): zelfde indicator, gebied, periode en dimensie.`,
    fix: 'Verwijder een van beide rijen, of onderscheid ze met een andere Dimensie.',
  },
  'verwijzing.onbekend': {
    severity: 'error',
    title: 'Verwijzing naar iets dat niet bestaat',
    message: (p) => `${q(p.value)} in ${p.column} staat niet in ${p.target} (kolom ${p.targetColumn}). Kies een bestaande waarde of voeg ze eerst toe in ${p.target}.`,
    fix: 'Kies een waarde uit het keuzemenu, of voeg de ontbrekende rij toe in de tabel waarnaar verwezen wordt.',
  },
  'opvolging.onbekende-meting': {
    severity: 'error',
    title: 'Opvolging van een meting die niet bestaat',
    message: (p) => `Deze opvolging gaat over ${p.indicator} in ${p.area} voor ${p.period}, maar Metingen heeft geen meting van die indicator in dat gebied en die periode.`,
    fix: 'Verbeter Indicator, Gebied of Periode zodat ze die van de afwijkende meting in Metingen zijn.',
  },
  'doelstelling.kringverwijzing': {
    severity: 'error',
    title: 'Kring in de doelstellingenboom',
    message: (p) => `Doelstelling ${p.code} ligt via Bovenliggend onder zichzelf (${p.cycle}).`,
    fix: 'Verbeter Bovenliggend zodat elke actie onder een actieplan en elk actieplan onder een beleidsdoelstelling ligt.',
  },
  'doelstelling.niveau': {
    severity: 'error',
    title: 'Doelstelling op de verkeerde plaats in de boom',
    message: (p) =>
      p.expected === 'geen'
        ? `Beleidsdoelstelling ${p.code} ligt onder ${p.parent}; een beleidsdoelstelling heeft geen Bovenliggend.`
        : p.parent
          ? `${p.level} ${p.code} ligt onder ${p.parentLevel} ${p.parent}; een ${p.level} hoort onder een ${p.expected}.`
          : `${p.level} ${p.code} heeft geen Bovenliggend; een ${p.level} hoort onder een ${p.expected}.`,
    fix: 'Een beleidsdoelstelling heeft geen Bovenliggend, een actieplan ligt onder een beleidsdoelstelling, een actie onder een actieplan.',
  },
  'eenheid.verschilt': {
    severity: 'error',
    title: 'Eenheden komen niet overeen',
    message: (p) => `Eenheid ${q(p.unit)} verschilt van die van ${p.other} ${p.otherId} (${q(p.otherUnit)}). Gebruik dezelfde eenheid: er wordt niet omgerekend.`,
    fix: 'Neem de eenheid van de indicator (of de norm) over, en reken de waarde zo nodig zelf om.',
  },
  'waarde.schaal': {
    severity: 'error',
    title: 'Label staat niet op de schaal van de indicator',
    message: (p) => `${q(p.value)} in ${p.column} staat niet op de schaal van indicator ${p.indicator}. Kies een van: ${p.scale}.`,
    fix: 'Kies een label van de schaal die in Indicatoren (kolom Schaal) staat.',
  },
  'waarde.geen-getal': {
    severity: 'error',
    title: 'Tekst waar een getal hoort',
    message: (p) => `${q(p.value)} in ${p.column} is geen getal, en indicator ${p.indicator} heeft geen schaal. Geef een getal, bv. 48 of 0,4.`,
    fix: 'Geef een getal, of leg in Indicatoren (kolom Schaal) de labels vast als het om een ordinale schaal gaat.',
  },
  'aspect.thema': {
    severity: 'warning',
    title: 'Aspect van een ander thema',
    message: (p) => `Aspect ${p.aspect} hoort bij thema ${p.aspectTheme}, niet bij ${p.theme}. Kies een aspect van dit thema of pas het thema aan.`,
    fix: 'Kies een aspect dat in de lijst Aspecten onder het thema van de indicator staat.',
  },
  'norm.bovengrens': {
    severity: 'error',
    title: 'Norm tussen zonder geldige bovengrens',
    message: (p) => (p.upper ? `Bovengrens ${p.upper} ligt onder Waarde ${p.value}. Bij operator tussen is Waarde de ondergrens en Bovengrens de bovengrens.` : 'Operator tussen vraagt een Bovengrens. Vul de bovengrens in; Waarde is de ondergrens.'),
    fix: 'Vul Bovengrens in, groter dan of gelijk aan Waarde.',
  },
  'norm.geldigheid': {
    severity: 'error',
    title: 'Geldigheid eindigt voor ze begint',
    message: (p) => `Geldig tot (${p.until}) ligt vóór Geldig van (${p.from}). Verbeter een van beide datums.`,
    fix: 'Zet Geldig tot op of na Geldig van.',
  },
  'norm.referentieperiode': {
    severity: 'error',
    title: 'Relatieve norm of streefwaarde zonder referentieperiode',
    message: (p) => `${p.what} vraagt een Referentieperiode als vertrekpunt, bv. 2020 of 2023-S1.`,
    fix: 'Vul Referentieperiode in met de periode waartegenover de verandering gemeten wordt.',
  },
  'norm.streefdatum': {
    severity: 'error',
    title: 'Streefwaarde zonder streefdatum',
    message: () => 'Een (tussentijdse) streefwaarde vraagt een Streefdatum: de datum waarop de waarde bereikt moet zijn, bv. 31/12/2030.',
    fix: 'Vul Streefdatum in als dd/mm/jjjj.',
  },
  'norm.bij-streefwaarde': {
    severity: 'error',
    title: 'Tussentijdse streefwaarde hoort niet bij een streefwaarde',
    message: (p) => (p.target ? `${p.target} is geen streefwaarde; een tussentijdse streefwaarde hoort bij een norm van soort streefwaarde.` : 'Een tussentijdse streefwaarde hoort bij een streefwaarde: vul Bij streefwaarde in met het ID van die streefwaarde.'),
    fix: 'Vul in Bij streefwaarde het ID in van een norm van soort streefwaarde.',
  },
  'norm.operator-schaal': {
    severity: 'error',
    title: 'Toename of afname op een schaal met labels',
    message: (p) => `Operator ${p.operator} kan niet op indicator ${p.indicator}: die heeft een schaal met labels (${p.scale}), en een label kan niet in procent toe- of afnemen.`,
    fix: 'Gebruik min, max, tussen of gelijk met een label van de schaal, bv. min. B.',
  },
  'toets.geen-referentiewaarde': {
    severity: 'warning',
    title: 'Relatieve norm zonder meting in de referentieperiode',
    message: (p) =>
      p.zero
        ? `Norm ${p.id} vergelijkt met ${p.period}, maar de meting van ${p.period} voor ${p.area} is 0: een toename of afname in procent van 0 bestaat niet. De metingen van ${p.area} worden niet aan deze norm getoetst.`
        : `Norm ${p.id} vergelijkt met ${p.period}, maar er is geen meting van ${p.indicator} in ${p.period} voor ${p.area}. De metingen van ${p.area} worden niet aan deze norm getoetst.`,
    fix: 'Vul in Metingen de waarde van de referentieperiode in voor dat gebied, of kies een andere Referentieperiode.',
  },
  'toets.geen-nulmeting': {
    severity: 'warning',
    title: 'Streefwaarde zonder nulmeting',
    message: (p) => `Streefwaarde ${p.id} vertrekt van ${p.period}, maar er is geen meting van ${p.indicator} in ${p.period} voor ${p.area}: er is geen streefpad, dus de metingen van ${p.area} worden niet aan deze streefwaarde getoetst.`,
    fix: 'Vul in Metingen de waarde van de referentieperiode (de nulmeting) in voor dat gebied, of kies een andere Referentieperiode.',
  },
  'mjp.beleidsdoelstellingen': {
    severity: 'warning',
    title: 'Te veel beleidsdoelstellingen (5x3x5)',
    message: (p) => `Het meerjarenplan heeft ${p.count} beleidsdoelstellingen; houd het leesbaar met hoogstens ${p.max}.`,
    fix: 'Bundel beleidsdoelstellingen. De drempel staat op het blad Systeem (max_beleidsdoelstellingen).',
  },
  'mjp.actieplannen': {
    severity: 'warning',
    title: 'Te veel actieplannen onder een doelstelling (5x3x5)',
    message: (p) => `Beleidsdoelstelling ${p.code} heeft ${p.count} actieplannen; houd het bij hoogstens ${p.max}.`,
    fix: 'Bundel actieplannen. De drempel staat op het blad Systeem (max_actieplannen).',
  },
  'mjp.acties': {
    severity: 'warning',
    title: 'Te veel acties onder een actieplan (5x3x5)',
    message: (p) => `Actieplan ${p.code} heeft ${p.count} acties; houd het bij hoogstens ${p.max}.`,
    fix: 'Bundel acties. De drempel staat op het blad Systeem (max_acties).',
  },
  'mjp.prioritair': {
    severity: 'warning',
    title: 'Aantal prioritaire actieplannen en acties (transparantienorm)',
    message: (p) => `Er zijn ${p.count} prioritaire actieplannen en acties; minder dan ${p.min} of meer dan ${p.max} geldt als zwakke kwaliteit.`,
    fix: 'Duid in Doelstellingen (kolom Prioritair) de actieplannen en acties aan die de strategische nota echt draagt. Te weinig wordt pas gemeld als er minstens min_prioritair actieplannen en acties zijn: zolang het plan nog ingevoerd wordt, niet.',
  },
  'mjp.indicatoren': {
    severity: 'warning',
    title: 'Te veel indicatoren op één doelstelling',
    message: (p) => `${p.code} heeft ${p.count} indicatoren; kies er hoogstens ${p.max} die er echt toe doen.`,
    fix: 'Koppel minder beleidsindicatoren aan deze doelstelling (kolom MJP-koppeling in Indicatoren), of maak van een indicator die enkel context geeft een contextindicator (kolom Rol). De drempel staat op het blad Systeem.',
  },
  'indicator.geen-eigenaar': {
    severity: 'warning',
    title: 'Indicator zonder eigenaar',
    message: (p) => `Indicator ${p.id} heeft geen eigenaar. Kies de dienst die de indicator opvolgt en er invloed op heeft.`,
    fix: 'Vul Eigenaar in met een dienst uit de lijst Diensten.',
  },
  'indicator.geen-definitie': {
    severity: 'warning',
    title: 'Indicator zonder definitie',
    message: (p) => `Indicator ${p.id} heeft geen definitie. Beschrijf wat precies gemeten wordt en hoe.`,
    fix: 'Vul Definitie in (teller, noemer, meetmethode).',
  },
  'indicator.geen-eenheid': {
    severity: 'warning',
    title: 'Indicator zonder eenheid',
    message: (p) => `Indicator ${p.id} heeft geen eenheid. Geef de eenheid van de waarden, bv. %, km of dB(A).`,
    fix: 'Vul Eenheid in.',
  },
  'indicator.geen-bron': {
    severity: 'warning',
    title: 'Indicator zonder bron',
    message: (p) => `Indicator ${p.id} heeft geen bron. Geef aan waar de cijfers vandaan komen.`,
    fix: 'Vul Bron in, bv. Gemeente-Stadsmonitor of een eigen telling.',
  },
  'indicator.frequentie': {
    severity: 'warning',
    title: 'Indicator wordt te zelden bijgewerkt',
    message: (p) => `Indicator ${p.id} wordt ${p.frequency} bijgewerkt; een goede indicator komt minstens ${p.min}.`,
    fix: 'Zoek een bron die vaker cijfers levert, of aanvaard de waarschuwing (uw naam en de reden in Aanvaard door en Reden op het blad Controle). De drempel staat op het blad Systeem (min_frequentie).',
  },
  'indicator.geen-norm': {
    severity: 'warning',
    title: 'Indicator zonder norm of streefwaarde',
    message: (p) => `Indicator ${p.id} heeft geen norm of streefwaarde, dus een verandering leidt nergens toe.`,
    fix: 'Leg in Normen een norm of streefwaarde op de indicator vast, of zet Rol op contextindicator als ze enkel context geeft.',
  },
  'indicator.geen-mjp': {
    severity: 'warning',
    title: 'Indicator niet gekoppeld aan het meerjarenplan',
    message: (p) => `Indicator ${p.id} is niet gekoppeld aan een doelstelling, actieplan of actie.`,
    fix: 'Vul MJP-koppeling in met een code uit Doelstellingen.',
  },
  'streefwaarde.geen-tussentijdse': {
    severity: 'warning',
    title: 'Streefwaarde zonder tussentijdse streefwaarde',
    message: (p) => `Streefwaarde ${p.id} heeft geen tussentijdse streefwaarde, dus niemand ziet op tijd of het doel haalbaar blijft.`,
    fix: 'Voeg in Normen een tussentijdse streefwaarde toe met in Bij streefwaarde het ID van deze streefwaarde.',
  },
  'maatregel.geen-effect': {
    severity: 'warning',
    title: 'Maatregel zonder beoogd effect of beoogde uitvoering',
    message: (p) => `Maatregel ${p.id} heeft geen beoogd effect en geen beoogde uitvoering.`,
    fix: 'Leg in BeoogdeEffecten vast welk effect de maatregel op welke norm moet hebben, of in BeoogdeUitvoeringen welke regel ze uitvoert.',
  },
  'uitvoering.geen-regel': {
    severity: 'warning',
    title: 'Beoogde uitvoering zonder beleidsregel',
    message: (p) => `Beoogde uitvoering ${p.id} noemt geen beleidsregel: niemand ziet welke regel maatregel ${p.measure} uitvoert.`,
    fix: 'Vul Regel in met het ID van de beleidsregel uit Regels, bv. REG-001; leg de regel eerst vast in Regels als ze er nog niet staat.',
  },
  'norm.verlopen': {
    severity: 'warning',
    title: 'Verlopen norm zonder opvolger',
    message: (p) => `Norm ${p.id} gold tot ${p.until} en er is geen latere norm voor indicator ${p.indicator}.`,
    fix: 'Leg een nieuwe norm vast, of verleng Geldig tot als de norm nog geldt.',
  },
  'instelling.ongeldig': {
    severity: 'warning',
    title: 'Ongeldige drempel op het blad Systeem',
    message: (p) => `Instelling ${p.key} heeft een ongeldige waarde ${q(p.value)}; de standaardwaarde ${p.default} wordt gebruikt.`,
    fix: 'Verbeter de waarde in de tabel Instellingen op het blad Systeem.',
  },
} satisfies Record<string, RuleDoc>;

export type RuleId = keyof typeof rules;

/**
 * The findings a caller needs, by table: the rules and the columns (schema keys) they stand on.
 * A check leaves out the work whose findings nobody asked for; no scope means every finding.
 */
export type CheckScope = Partial<Record<TableKey, { rules: readonly RuleId[]; columns: readonly string[] }>>;

/** Whether `scope` asks for findings of `rule` on `column` of `table`. */
export function wanted(scope: CheckScope | undefined, table: TableKey, rule: RuleId, column: string): boolean {
  const only = scope?.[table];
  return !scope || (only !== undefined && only.rules.includes(rule) && only.columns.includes(column));
}

export interface Address {
  sheet: string;
  row?: number | null;
  column?: string | null;
  cell?: string | null;
}

export function finding(rule: RuleId, at: Address, params: Params = {}): Finding {
  const doc: RuleDoc = rules[rule];
  return { severity: doc.severity, rule, sheet: at.sheet, row: at.row ?? null, column: at.column ?? null, cell: at.cell ?? null, message: doc.message({ sheet: at.sheet, ...params }) };
}
