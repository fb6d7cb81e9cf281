import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

// Converts GUS's TERC register (TERC_Urzedowy.csv, the official variant) into the compact list of
// units behind "Gminy takie jak moja" (src/features/units/units.json), with each unit's population
// from a GUS BDL export of table LUDN_2425 (CSV, the column "ludność w tysiącach" of one year).
// Run once per new register or new year of BDL:
//   npx tsx scripts/convert-teryt-units.ts /path/to/TERC_Urzedowy.csv /path/to/LUDN_2425_CTAB_….csv
// Kept: voivodeships (2-digit code), powiats and cities with powiat rights (4 digits), and gminas
// (7 digits, the last one the gmina type: 1 miejska, 2 wiejska, 3 miejsko-wiejska). Left out: the
// town and rural parts of miejsko-wiejska gminas (4, 5), districts and delegations (8, 9), and the
// gmina row of a city with powiat rights, which is the same unit as the city.

type TercRow = { WOJ: string; POW: string; GMI: string; RODZ: string; NAZWA: string; NAZWA_DOD: string; STAN_NA: string };
type Unit = [code: string, name: string] | [code: string, name: string, population: number];

const GMINA_TYPES = new Set(["1", "2", "3"]);
/** Powiat numbers from 61 up are cities with powiat rights (TERC's numbering). */
const CITY_POWIAT_FROM = 61;
/** BDL's column of the population, in thousands with two decimals: "ludność w tysiącach,2024,[tys. osób]". */
const POPULATION_COLUMN = /^ludność w tysiącach,(\d{4}),/;

const [tercFile, bdlFile] = process.argv.slice(2);
if (!tercFile || !bdlFile) throw new Error("Usage: tsx scripts/convert-teryt-units.ts TERC_Urzedowy.csv LUDN_2425_CTAB_….csv");

const readCsv = <Row>(file: string, delimiter: string): Row[] =>
  parse(readFileSync(file), { columns: true, delimiter, bom: true, skip_empty_lines: true, trim: true, relax_column_count: true });

const rows = readCsv<TercRow>(tercFile, ";");
const stateDates = new Set(rows.map((row) => row.STAN_NA));
if (stateDates.size !== 1) throw new Error(`Expected one state date, found ${[...stateDates].join(", ")}`);

/** BDL's 7-digit codes (WWPPGGT, zeros for a voivodeship's or powiat's missing parts) to people. */
function readPopulation(file: string): { year: string; byCode: Map<string, number> } {
  const bdlRows = readCsv<Record<string, string>>(file, ",");
  const column = Object.keys(bdlRows[0] ?? {}).find((name) => POPULATION_COLUMN.test(name));
  if (!column) throw new Error(`No column "ludność w tysiącach,<rok>,…" in ${file}`);
  const byCode = new Map<string, number>();
  for (const row of bdlRows) {
    const thousands = Number(row[column]!.replace(",", "."));
    if (row[column] && thousands > 0) byCode.set(row.Kod!.padStart(7, "0"), Math.round(thousands * 1000));
  }
  return { year: column.match(POPULATION_COLUMN)![1]!, byCode };
}

const population = readPopulation(bdlFile);
let renumbered = 0;

/** A unit's population in BDL: by its code, or for a gmina whose type changed since (a village became a town), by the one gmina of its number. */
function populationOf(code: string): number | undefined {
  const exact = population.byCode.get(code.padEnd(7, "0"));
  if (exact !== undefined || code.length !== 7) return exact;
  const sameNumber = [...GMINA_TYPES].map((type) => population.byCode.get(code.slice(0, 6) + type)).filter((found) => found !== undefined);
  if (sameNumber.length !== 1) return undefined;
  renumbered += 1;
  return sameNumber[0];
}

const units: Unit[] = [];
function add(code: string, name: string) {
  const people = populationOf(code);
  units.push(people === undefined ? [code, name] : [code, name, people]);
}
for (const row of rows) {
  const code = row.WOJ + row.POW + row.GMI + row.RODZ;
  const cityPowiat = Number(row.POW) >= CITY_POWIAT_FROM;
  if (!row.POW) add(code, row.NAZWA.toLocaleLowerCase("pl"));
  else if (!row.GMI) add(code, row.NAZWA);
  else if (GMINA_TYPES.has(row.RODZ) && !cityPowiat) add(code, row.NAZWA);
}

const withPopulation = units.filter((unit) => unit.length === 3).length;
const out = {
  source: "GUS, Krajowy Rejestr Urzędowy Podziału Terytorialnego Kraju TERYT, katalog TERC (wersja urzędowa), https://eteryt.stat.gov.pl",
  stateDate: [...stateDates][0],
  licence:
    "Rejestr TERYT jest rejestrem jawnym prowadzonym przez GUS, udostępnianym bezpłatnie do ponownego wykorzystania z podaniem źródła. Plik CSV pobrany z kopii w repozytorium janekolszak/poland (MIT), katalog data/2026-07-22.",
  population: {
    source: `GUS, Bank Danych Lokalnych, tablica LUDN_2425, cecha „ludność w tysiącach”, rok ${population.year}, https://bdl.stat.gov.pl`,
    stateDate: `${population.year}-12-31`,
    precision: "GUS podaje tysiące osób z dwoma miejscami po przecinku: liczby są zaokrąglone do 10 osób.",
    licence: `Dane GUS są publiczne i bezpłatne do ponownego wykorzystania z podaniem źródła. Eksport CSV z BDL z ${path.basename(bdlFile).match(/_(\d{4})(\d{2})(\d{2})\d{6}\.csv$/)?.slice(1).join("-") ?? "?"} pobrany z repozytorium maria0026/fire_alcohol_analysis (data/${path.basename(bdlFile)}), bez zmian.`,
    coverage: `${withPopulation} z ${units.length} jednostek; brak liczby tam, gdzie BDL nie ma jednostki o tym kodzie (jednostki utworzone lub przenumerowane po roku ${population.year}).`,
  },
  format:
    "units: [kod TERYT, nazwa, liczba ludności?]; 2 cyfry: województwo, 4: powiat (61+ miasto na prawach powiatu), 7: gmina (ostatnia cyfra: 1 miejska, 2 wiejska, 3 miejsko-wiejska); liczby ludności brak, gdy GUS jej nie podaje",
  units,
};
const target = path.resolve("src/features/units/units.json");
writeFileSync(target, `${JSON.stringify(out, null, 0).replace(/\],\[/g, "],\n[")}\n`);
console.log(
  `${units.length} units (state ${out.stateDate}), ${withPopulation} with population (${population.year}; ${renumbered} by the gmina's number after a change of type) → ${path.relative(process.cwd(), target)}`,
);
for (const unit of units.filter((u) => u.length === 2)) console.log(`  no population: ${unit[0]} ${unit[1]}`);
