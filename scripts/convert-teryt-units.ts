import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

// Converts GUS's TERC register (TERC_Urzedowy.csv, the official variant) into the compact list of
// units behind "Gminy takie jak moja" (src/features/units/units.json). Run once per new register:
//   npx tsx scripts/convert-teryt-units.ts /path/to/TERC_Urzedowy.csv
// Kept: voivodeships (2-digit code), powiats and cities with powiat rights (4 digits), and gminas
// (7 digits, the last one the gmina type: 1 miejska, 2 wiejska, 3 miejsko-wiejska). Left out: the
// town and rural parts of miejsko-wiejska gminas (4, 5), districts and delegations (8, 9), and the
// gmina row of a city with powiat rights, which is the same unit as the city.

type TercRow = { WOJ: string; POW: string; GMI: string; RODZ: string; NAZWA: string; NAZWA_DOD: string; STAN_NA: string };

const GMINA_TYPES = new Set(["1", "2", "3"]);
/** Powiat numbers from 61 up are cities with powiat rights (TERC's numbering). */
const CITY_POWIAT_FROM = 61;

const [source] = process.argv.slice(2);
if (!source) throw new Error("Usage: tsx scripts/convert-teryt-units.ts TERC_Urzedowy.csv");

const rows: TercRow[] = parse(readFileSync(source), { columns: true, delimiter: ";", bom: true, skip_empty_lines: true, trim: true });
const stateDates = new Set(rows.map((row) => row.STAN_NA));
if (stateDates.size !== 1) throw new Error(`Expected one state date, found ${[...stateDates].join(", ")}`);

const units: [string, string][] = [];
for (const row of rows) {
  const code = row.WOJ + row.POW + row.GMI + row.RODZ;
  const cityPowiat = Number(row.POW) >= CITY_POWIAT_FROM;
  if (!row.POW) units.push([code, row.NAZWA.toLocaleLowerCase("pl")]);
  else if (!row.GMI) units.push([code, row.NAZWA]);
  else if (GMINA_TYPES.has(row.RODZ) && !cityPowiat) units.push([code, row.NAZWA]);
}

const out = {
  source: "GUS, Krajowy Rejestr Urzędowy Podziału Terytorialnego Kraju TERYT, katalog TERC (wersja urzędowa), https://eteryt.stat.gov.pl",
  stateDate: [...stateDates][0],
  licence:
    "Rejestr TERYT jest rejestrem jawnym prowadzonym przez GUS, udostępnianym bezpłatnie do ponownego wykorzystania z podaniem źródła. Plik CSV pobrany z kopii w repozytorium janekolszak/poland (MIT), katalog data/2026-07-22.",
  population: "brak: rejestr TERC nie podaje liczby ludności",
  format: "units: [kod TERYT, nazwa]; 2 cyfry: województwo, 4: powiat (61+ miasto na prawach powiatu), 7: gmina (ostatnia cyfra: 1 miejska, 2 wiejska, 3 miejsko-wiejska)",
  units,
};
const target = path.resolve("src/features/units/units.json");
writeFileSync(target, `${JSON.stringify(out, null, 0).replace(/\],\[/g, "],\n[")}\n`);
console.log(`${units.length} units (state ${out.stateDate}) → ${path.relative(process.cwd(), target)}`);
