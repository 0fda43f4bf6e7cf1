// The 285 Flemish municipalities of 2025 with their province, for `init --gemeente`.
// Generated from ../shared/reference/gemeenten_2025.csv; test/registry/gemeenten.test.ts keeps them equal.

export interface Municipality {
  nis: string;
  name: string;
  provinceNis: string;
}

/** Province codes as Provincies in Cijfers and the Gemeente-Stadsmonitor use them. */
export const provinces: Record<string, string> = {
  '10000': 'Provincie Antwerpen',
  '20001': 'Provincie Vlaams-Brabant',
  '30000': 'Provincie West-Vlaanderen',
  '40000': 'Provincie Oost-Vlaanderen',
  '70000': 'Provincie Limburg',
};

/** Vlaams Gewest: NIS 2000 in the monitor, 02000 at Statbel. */
export const FLEMISH_REGION = { nis: '2000', name: 'Vlaams Gewest' };

const data = `11001;Aartselaar;10000
11002;Antwerpen;10000
11004;Boechout;10000
11005;Boom;10000
11008;Brasschaat;10000
11009;Brecht;10000
11013;Edegem;10000
11016;Essen;10000
11018;Hemiksem;10000
11021;Hove;10000
11022;Kalmthout;10000
11023;Kapellen;10000
11024;Kontich;10000
11025;Lint;10000
11029;Mortsel;10000
11030;Niel;10000
11035;Ranst;10000
11037;Rumst;10000
11038;Schelle;10000
11039;Schilde;10000
11040;Schoten;10000
11044;Stabroek;10000
11050;Wijnegem;10000
11052;Wommelgem;10000
11053;Wuustwezel;10000
11054;Zandhoven;10000
11055;Zoersel;10000
11057;Malle;10000
12002;Berlaar;10000
12005;Bonheiden;10000
12007;Bornem;10000
12009;Duffel;10000
12014;Heist-op-den-Berg;10000
12021;Lier;10000
12025;Mechelen;10000
12026;Nijlen;10000
12029;Putte;10000
12035;Sint-Katelijne-Waver;10000
12040;Willebroek;10000
12041;Puurs-Sint-Amands;10000
13001;Arendonk;10000
13002;Baarle-Hertog;10000
13003;Balen;10000
13004;Beerse;10000
13006;Dessel;10000
13008;Geel;10000
13010;Grobbendonk;10000
13011;Herentals;10000
13012;Herenthout;10000
13013;Herselt;10000
13014;Hoogstraten;10000
13016;Hulshout;10000
13017;Kasterlee;10000
13019;Lille;10000
13021;Meerhout;10000
13023;Merksplas;10000
13025;Mol;10000
13029;Olen;10000
13031;Oud-Turnhout;10000
13035;Ravels;10000
13036;Retie;10000
13037;Rijkevorsel;10000
13040;Turnhout;10000
13044;Vorselaar;10000
13046;Vosselaar;10000
13049;Westerlo;10000
13053;Laakdal;10000
23002;Asse;20001
23003;Beersel;20001
23009;Bever;20001
23016;Dilbeek;20001
23025;Grimbergen;20001
23027;Halle;20001
23033;Hoeilaart;20001
23038;Kampenhout;20001
23039;Kapelle-op-den-Bos;20001
23044;Liedekerke;20001
23045;Londerzeel;20001
23047;Machelen;20001
23050;Meise;20001
23052;Merchtem;20001
23060;Opwijk;20001
23062;Overijse;20001
23064;Pepingen;20001
23077;Sint-Pieters-Leeuw;20001
23081;Steenokkerzeel;20001
23086;Ternat;20001
23088;Vilvoorde;20001
23094;Zaventem;20001
23096;Zemst;20001
23097;Roosdaal;20001
23098;Drogenbos;20001
23099;Kraainem;20001
23100;Linkebeek;20001
23101;Sint-Genesius-Rode;20001
23102;Wemmel;20001
23103;Wezembeek-Oppem;20001
23104;Lennik;20001
23105;Affligem;20001
23106;Pajottegem;20001
24001;Aarschot;20001
24007;Begijnendijk;20001
24008;Bekkevoort;20001
24009;Bertem;20001
24011;Bierbeek;20001
24014;Boortmeerbeek;20001
24016;Boutersem;20001
24020;Diest;20001
24028;Geetbets;20001
24033;Haacht;20001
24038;Herent;20001
24041;Hoegaarden;20001
24043;Holsbeek;20001
24045;Huldenberg;20001
24048;Keerbergen;20001
24054;Kortenaken;20001
24055;Kortenberg;20001
24059;Landen;20001
24062;Leuven;20001
24066;Lubbeek;20001
24086;Oud-Heverlee;20001
24094;Rotselaar;20001
24104;Tervuren;20001
24107;Tienen;20001
24109;Tremelo;20001
24130;Zoutleeuw;20001
24133;Linter;20001
24134;Scherpenheuvel-Zichem;20001
24135;Tielt-Winge;20001
24137;Glabbeek;20001
31003;Beernem;30000
31004;Blankenberge;30000
31005;Brugge;30000
31006;Damme;30000
31012;Jabbeke;30000
31022;Oostkamp;30000
31033;Torhout;30000
31040;Zedelgem;30000
31042;Zuienkerke;30000
31043;Knokke-Heist;30000
32003;Diksmuide;30000
32006;Houthulst;30000
32010;Koekelare;30000
32011;Kortemark;30000
32030;Lo-Reninge;30000
33011;Ieper;30000
33016;Mesen;30000
33021;Poperinge;30000
33029;Wervik;30000
33037;Zonnebeke;30000
33039;Heuvelland;30000
33040;Langemark-Poelkapelle;30000
33041;Vleteren;30000
34002;Anzegem;30000
34003;Avelgem;30000
34009;Deerlijk;30000
34013;Harelbeke;30000
34022;Kortrijk;30000
34023;Kuurne;30000
34025;Lendelede;30000
34027;Menen;30000
34040;Waregem;30000
34041;Wevelgem;30000
34042;Zwevegem;30000
34043;Spiere-Helkijn;30000
35002;Bredene;30000
35005;Gistel;30000
35006;Ichtegem;30000
35011;Middelkerke;30000
35013;Oostende;30000
35014;Oudenburg;30000
35029;De Haan;30000
36006;Hooglede;30000
36007;Ingelmunster;30000
36008;Izegem;30000
36010;Ledegem;30000
36011;Lichtervelde;30000
36012;Moorslede;30000
36015;Roeselare;30000
36019;Staden;30000
37002;Dentergem;30000
37010;Oostrozebeke;30000
37011;Pittem;30000
37017;Wielsbeke;30000
37020;Ardooie;30000
37021;Wingene;30000
37022;Tielt;30000
38002;Alveringem;30000
38008;De Panne;30000
38014;Koksijde;30000
38016;Nieuwpoort;30000
38025;Veurne;30000
41002;Aalst;40000
41011;Denderleeuw;40000
41018;Geraardsbergen;40000
41024;Haaltert;40000
41027;Herzele;40000
41034;Lede;40000
41048;Ninove;40000
41063;Sint-Lievens-Houtem;40000
41081;Zottegem;40000
41082;Erpe-Mere;40000
42003;Berlare;40000
42004;Buggenhout;40000
42006;Dendermonde;40000
42008;Hamme;40000
42010;Laarne;40000
42011;Lebbeke;40000
42023;Waasmunster;40000
42025;Wetteren;40000
42026;Wichelen;40000
42028;Zele;40000
43002;Assenede;40000
43005;Eeklo;40000
43007;Kaprijke;40000
43010;Maldegem;40000
43014;Sint-Laureins;40000
43018;Zelzate;40000
44013;Destelbergen;40000
44019;Evergem;40000
44020;Gavere;40000
44021;Gent;40000
44052;Oosterzele;40000
44064;Sint-Martens-Latem;40000
44081;Zulte;40000
44083;Deinze;40000
44084;Aalter;40000
44085;Lievegem;40000
44086;Nazareth-De Pinte;40000
44087;Lochristi;40000
44088;Merelbeke-Melle;40000
45035;Oudenaarde;40000
45041;Ronse;40000
45059;Brakel;40000
45060;Kluisbergen;40000
45061;Wortegem-Petegem;40000
45062;Horebeke;40000
45063;Lierde;40000
45064;Maarkedal;40000
45065;Zwalm;40000
45068;Kruisem;40000
46020;Sint-Gillis-Waas;40000
46021;Sint-Niklaas;40000
46024;Stekene;40000
46025;Temse;40000
46029;Lokeren;40000
46030;Beveren-Kruibeke-Zwijndrecht;40000
71002;As;70000
71004;Beringen;70000
71011;Diepenbeek;70000
71016;Genk;70000
71017;Gingelom;70000
71020;Halen;70000
71024;Herk-de-Stad;70000
71034;Leopoldsburg;70000
71037;Lummen;70000
71045;Nieuwerkerken;70000
71053;Sint-Truiden;70000
71066;Zonhoven;70000
71067;Zutendaal;70000
71070;Heusden-Zolder;70000
71071;Tessenderlo-Ham;70000
71072;Hasselt;70000
72003;Bocholt;70000
72004;Bree;70000
72018;Kinrooi;70000
72020;Lommel;70000
72021;Maaseik;70000
72030;Peer;70000
72037;Hamont-Achel;70000
72038;Hechtel-Eksel;70000
72039;Houthalen-Helchteren;70000
72041;Dilsen-Stokkem;70000
72042;Oudsbergen;70000
72043;Pelt;70000
73001;Alken;70000
73022;Heers;70000
73028;Herstappe;70000
73042;Lanaken;70000
73066;Riemst;70000
73098;Wellen;70000
73107;Maasmechelen;70000
73109;Voeren;70000
73110;Bilzen-Hoeselt;70000
73111;Tongeren-Borgloon;70000`;

export const municipalities: readonly Municipality[] = data.split('\n').map((line) => {
  const [nis, name, provinceNis] = line.split(';');
  return { nis, name, provinceNis };
});

export function findMunicipality(nis: string): Municipality | undefined {
  const code = nis.trim();
  return municipalities.find((m) => m.nis === code);
}
