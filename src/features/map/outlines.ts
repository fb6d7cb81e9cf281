import type { Voivodeship } from "@/generated/prisma/enums";

// Simplified outlines of the 16 voivodeships, drawn for this project from well-known places near
// the borders (longitude, latitude in degrees, about ±5 km). Each border between two regions, or
// between a region and the country's border, is one chain used by both sides, so neighbours share
// their edges exactly: no gaps, no overlaps. Junctions are named after the regions (or neighbouring
// countries: de, cz, sk, ua, by, lt, ru) that meet there.

type Point = readonly [lon: number, lat: number];

const J = {
  swin: [14.22, 53.93], // Świnoujście, German border on the coast
  zpPomCoast: [16.72, 54.57],
  ruSpit: [19.63, 54.45], // Vistula Spit at the Russian border
  wmPdlRu: [22.72, 54.36],
  ltRu: [22.79, 54.36],
  ltBy: [23.51, 53.95],
  pdlLubBy: [23.18, 52.29], // the border leaves the Bug near Mielnik
  byUa: [23.64, 51.51],
  lubPkUa: [23.6, 50.22],
  uaSk: [22.57, 49.08], // Krzemieniec
  mpPkSk: [21.32, 49.43],
  mpSlSk: [19.45, 49.57], // west of Babia Góra
  czSk: [18.85, 49.52],
  opoSlCz: [18.05, 50.02],
  opoDlnCz: [16.93, 50.42],
  deCz: [14.82, 50.87],
  lbDlnDe: [14.97, 51.38],
  zpLbDe: [14.62, 52.65],
  pomWmKp: [19.15, 53.58],
  zpWpPom: [16.98, 53.6],
  pomWpKp: [17.4, 53.53],
  zpLbWp: [15.95, 53.0],
  wmPdlMaz: [21.62, 53.44],
  wmMazKp: [19.72, 53.17],
  kpLdzMaz: [19.28, 52.42],
  wpKpLdz: [19.0, 52.33],
  mazLdzSwk: [20.4, 51.33],
  ldzSwkSl: [19.75, 50.9],
  ldzSlOpo: [18.65, 51.1],
  ldzOpoWp: [18.12, 51.17],
  wpOpoDln: [17.78, 51.16],
  lbWpDln: [16.4, 51.75],
  slSwkMp: [19.88, 50.55],
  swkMpPk: [21.2, 50.35],
  swkPkLub: [21.92, 50.78],
  mazSwkLub: [21.78, 51.07],
  mazLubPdl: [22.98, 52.27],
} as const satisfies Record<string, Point>;

type Junction = keyof typeof J;
type Chain = { from: Junction; via: Point[]; to: Junction };

const chain = (from: Junction, via: Point[], to: Junction): Chain => ({ from, via, to });

// Country border, clockwise from Świnoujście.
const coastZp = chain("swin", [[14.78, 54.03], [15.58, 54.18], [16.4, 54.45]], "zpPomCoast");
const coastPom = chain("zpPomCoast", [[16.85, 54.59], [17.55, 54.77], [18.33, 54.84], [18.56, 54.53], [18.7, 54.4], [18.95, 54.35], [19.35, 54.38]], "ruSpit");
const ruWm = chain("ruSpit", [[20.4, 54.41], [21.4, 54.33]], "wmPdlRu");
const ruPdl = chain("wmPdlRu", [], "ltRu");
const ltPdl = chain("ltRu", [[23.1, 54.3], [23.45, 54.15]], "ltBy");
const byPdl = chain("ltBy", [[23.6, 53.72], [23.68, 53.5], [23.9, 53.2], [23.95, 52.9], [23.92, 52.68], [23.6, 52.55], [23.4, 52.45]], "pdlLubBy");
const byLub = chain("pdlLubBy", [[23.45, 52.18], [23.66, 52.08], [23.6, 51.85], [23.55, 51.65]], "byUa");
const uaLub = chain("byUa", [[23.78, 51.2], [24.05, 50.95], [24.14, 50.86], [24.05, 50.62], [23.85, 50.42]], "lubPkUa");
const uaPk = chain("lubPkUa", [[23.2, 50.0], [22.98, 49.82], [22.78, 49.6], [22.75, 49.45], [22.88, 49.18], [22.85, 49.02]], "uaSk");
const skPk = chain("uaSk", [[22.2, 49.17], [21.85, 49.38], [21.6, 49.43]], "mpPkSk");
const skMp = chain("mpPkSk", [[20.95, 49.33], [20.7, 49.4], [20.4, 49.4], [20.1, 49.27], [19.95, 49.2], [19.8, 49.35], [19.7, 49.45], [19.55, 49.55]], "mpSlSk");
const skSl = chain("mpSlSk", [[19.2, 49.5], [19.0, 49.45]], "czSk");
const czSl = chain("czSk", [[18.8, 49.68], [18.63, 49.75], [18.35, 49.93]], "opoSlCz");
const czOpo = chain("opoSlCz", [[17.8, 50.05], [17.7, 50.25], [17.4, 50.27], [17.2, 50.38]], "opoDlnCz");
const czDln = chain(
  "opoDlnCz",
  [[16.9, 50.22], [16.75, 50.1], [16.55, 50.2], [16.35, 50.4], [16.25, 50.45], [16.42, 50.52], [16.45, 50.62], [16.25, 50.67], [16.0, 50.66], [15.74, 50.74], [15.5, 50.83], [15.3, 50.88], [15.15, 51.0], [15.0, 51.0], [14.95, 50.9]],
  "deCz",
);
const deDln = chain("deCz", [[14.99, 51.15]], "lbDlnDe");
const deLb = chain("lbDlnDe", [[14.74, 51.54], [14.73, 51.95], [14.75, 52.07], [14.56, 52.35]], "zpLbDe");
const deZp = chain("zpLbDe", [[14.15, 52.87], [14.15, 53.0], [14.4, 53.25], [14.25, 53.45], [14.25, 53.75]], "swin");

// Borders between regions.
const zpPom = chain("zpPomCoast", [[16.8, 54.15], [16.85, 53.85]], "zpWpPom");
const zpWp = chain("zpWpPom", [[16.8, 53.5], [16.65, 53.3], [16.45, 53.15]], "zpLbWp");
const zpLb = chain("zpLbWp", [[15.3, 52.95], [14.95, 52.8]], "zpLbDe");
const pomWp = chain("zpWpPom", [], "pomWpKp");
const pomKp = chain("pomWpKp", [[17.7, 53.66], [18.2, 53.72], [18.75, 53.7], [19.0, 53.62]], "pomWmKp");
const pomWm = chain("pomWmKp", [[19.2, 53.7], [19.35, 53.85], [19.45, 54.0], [19.3, 54.2]], "ruSpit");
const wmKp = chain("pomWmKp", [[19.3, 53.45], [19.55, 53.32]], "wmMazKp");
const wmMaz = chain("wmMazKp", [[20.05, 53.17], [20.4, 53.19], [20.75, 53.27], [21.05, 53.4]], "wmPdlMaz");
const wmPdl = chain("wmPdlMaz", [[21.9, 53.5], [22.2, 53.56], [22.5, 53.7], [22.62, 53.9], [22.58, 54.12]], "wmPdlRu");
const pdlMaz = chain("wmPdlMaz", [[21.72, 53.38], [21.8, 53.2], [21.95, 52.95], [22.25, 52.86], [22.4, 52.62], [22.55, 52.4]], "mazLubPdl");
const pdlLub = chain("mazLubPdl", [], "pdlLubBy");
const mazLub = chain("mazLubPdl", [[22.9, 52.18], [22.65, 52.07], [22.3, 52.05], [22.0, 51.85], [21.82, 51.65], [21.85, 51.45]], "mazSwkLub");
const mazSwk = chain("mazSwkLub", [[21.45, 51.12], [21.1, 51.17], [20.8, 51.18], [20.55, 51.25]], "mazLdzSwk");
const mazLdz = chain("mazLdzSwk", [[20.45, 51.5], [20.55, 51.75], [20.3, 51.98], [20.1, 52.15], [19.75, 52.32]], "kpLdzMaz");
const mazKp = chain("kpLdzMaz", [[19.4, 52.6], [19.5, 52.85], [19.62, 53.05]], "wmMazKp");
const kpLdz = chain("wpKpLdz", [], "kpLdzMaz");
const wpKp = chain("pomWpKp", [[17.35, 53.3], [17.45, 53.05], [17.55, 52.8], [17.9, 52.6], [18.3, 52.52], [18.7, 52.45]], "wpKpLdz");
const wpLdz = chain("wpKpLdz", [[18.8, 52.1], [18.65, 51.85], [18.35, 51.65], [18.25, 51.45]], "ldzOpoWp");
const wpOpo = chain("ldzOpoWp", [[17.95, 51.12]], "wpOpoDln");
const wpDln = chain("wpOpoDln", [[17.85, 51.35], [17.55, 51.5], [17.25, 51.65], [16.85, 51.58]], "lbWpDln");
const wpLb = chain("lbWpDln", [[16.25, 51.92], [15.98, 52.08], [15.9, 52.3], [15.82, 52.62], [15.95, 52.8]], "zpLbWp");
const lbDln = chain("lbWpDln", [[16.0, 51.72], [15.75, 51.62], [15.55, 51.48], [15.25, 51.42]], "lbDlnDe");
const dlnOpo = chain("wpOpoDln", [[17.5, 51.02], [17.38, 50.88], [17.25, 50.72], [17.05, 50.52]], "opoDlnCz");
const opoLdz = chain("ldzOpoWp", [], "ldzSlOpo");
const opoSl = chain("ldzSlOpo", [[18.58, 50.85], [18.55, 50.65], [18.45, 50.45], [18.3, 50.3], [18.1, 50.15]], "opoSlCz");
const ldzSl = chain("ldzSlOpo", [[18.95, 51.08], [19.35, 51.0]], "ldzSwkSl");
const ldzSwk = chain("ldzSwkSl", [[20.05, 51.15]], "mazLdzSwk");
const slSwk = chain("ldzSwkSl", [[19.78, 50.72]], "slSwkMp");
const slMp = chain("slSwkMp", [[19.65, 50.42], [19.45, 50.3], [19.33, 50.15], [19.15, 50.0], [19.22, 49.85], [19.4, 49.72]], "mpSlSk");
const swkMp = chain("slSwkMp", [[20.15, 50.48], [20.4, 50.3], [20.75, 50.22], [21.05, 50.3]], "swkMpPk");
const swkPk = chain("swkMpPk", [[21.45, 50.45], [21.7, 50.62]], "swkPkLub");
const swkLub = chain("swkPkLub", [[21.85, 50.95]], "mazSwkLub");
const mpPk = chain("swkMpPk", [[21.18, 50.15], [21.25, 49.95], [21.32, 49.75], [21.35, 49.55]], "mpPkSk");
const pkLub = chain("swkPkLub", [[22.2, 50.72], [22.45, 50.58], [22.6, 50.4], [22.9, 50.3], [23.2, 50.38], [23.4, 50.4]], "lubPkUa");

/** A chain walked forwards (+) or backwards (−). */
type Step = [Chain, 1 | -1];

/** Each region's ring of chains; consecutive chains meet at a junction. */
export const REGION_RINGS: Record<Voivodeship, Step[]> = {
  ZACHODNIOPOMORSKIE: [[coastZp, 1], [zpPom, 1], [zpWp, 1], [zpLb, 1], [deZp, 1]],
  POMORSKIE: [[coastPom, 1], [pomWm, -1], [pomKp, -1], [pomWp, -1], [zpPom, -1]],
  WARMINSKO_MAZURSKIE: [[ruWm, 1], [wmPdl, -1], [wmMaz, -1], [wmKp, -1], [pomWm, 1]],
  PODLASKIE: [[ruPdl, 1], [ltPdl, 1], [byPdl, 1], [pdlLub, -1], [pdlMaz, -1], [wmPdl, 1]],
  MAZOWIECKIE: [[wmMaz, 1], [pdlMaz, 1], [mazLub, 1], [mazSwk, 1], [mazLdz, 1], [mazKp, 1]],
  KUJAWSKO_POMORSKIE: [[pomKp, 1], [wmKp, 1], [mazKp, -1], [kpLdz, -1], [wpKp, -1]],
  WIELKOPOLSKIE: [[pomWp, 1], [wpKp, 1], [wpLdz, 1], [wpOpo, 1], [wpDln, 1], [wpLb, 1], [zpWp, -1]],
  LUBUSKIE: [[zpLb, -1], [wpLb, -1], [lbDln, 1], [deLb, 1]],
  DOLNOSLASKIE: [[wpDln, -1], [dlnOpo, 1], [czDln, 1], [deDln, 1], [lbDln, -1]],
  OPOLSKIE: [[opoLdz, 1], [opoSl, 1], [czOpo, 1], [dlnOpo, -1], [wpOpo, -1]],
  LODZKIE: [[kpLdz, 1], [mazLdz, -1], [ldzSwk, -1], [ldzSl, -1], [opoLdz, -1], [wpLdz, -1]],
  SLASKIE: [[ldzSl, 1], [slSwk, 1], [slMp, 1], [skSl, 1], [czSl, 1], [opoSl, -1]],
  SWIETOKRZYSKIE: [[mazSwk, -1], [swkLub, -1], [swkPk, -1], [swkMp, -1], [slSwk, -1], [ldzSwk, 1]],
  MALOPOLSKIE: [[swkMp, 1], [mpPk, 1], [skMp, 1], [slMp, -1]],
  PODKARPACKIE: [[pkLub, 1], [uaPk, 1], [skPk, 1], [mpPk, -1], [swkPk, 1]],
  LUBELSKIE: [[pdlLub, 1], [byLub, 1], [uaLub, 1], [pkLub, -1], [swkLub, 1], [mazLub, -1]],
};

/** The region's outline as a closed ring of points (the first point is not repeated). */
export function regionRing(voivodeship: Voivodeship): Point[] {
  const points: Point[] = [];
  for (const [{ from, via, to }, direction] of REGION_RINGS[voivodeship]) {
    const walk: Point[] = [J[from], ...via, J[to]];
    if (direction === -1) walk.reverse();
    points.push(...walk.slice(0, -1));
  }
  return points;
}

/** The junction a step starts and ends at, for checking that rings close. */
export function stepEnds([{ from, to }, direction]: Step): [string, string] {
  return direction === 1 ? [from, to] : [to, from];
}

/** Where each region's name and count are written (inside the region, clear of its edges). */
export const LABEL_POSITIONS: Record<Voivodeship, Point> = {
  ZACHODNIOPOMORSKIE: [15.55, 53.62],
  POMORSKIE: [17.9, 54.22],
  WARMINSKO_MAZURSKIE: [20.85, 53.86],
  PODLASKIE: [22.95, 53.28],
  MAZOWIECKIE: [21.05, 52.45],
  KUJAWSKO_POMORSKIE: [18.45, 53.08],
  WIELKOPOLSKIE: [17.15, 52.3],
  LUBUSKIE: [15.3, 52.2],
  DOLNOSLASKIE: [16.3, 51.12],
  OPOLSKIE: [17.88, 50.62],
  LODZKIE: [19.45, 51.65],
  SLASKIE: [18.98, 50.4],
  SWIETOKRZYSKIE: [20.78, 50.8],
  MALOPOLSKIE: [20.3, 49.82],
  PODKARPACKIE: [22.15, 49.95],
  LUBELSKIE: [22.85, 51.2],
};
