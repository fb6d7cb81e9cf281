// A mix of distinct searches for the /szukaj throughput benchmark: words of every frequency class
// (with the thesaurus and word families), alone and with filters, later pages and other orders,
// so the figure is not that of one cached URL. Deterministic, and every URL is different.
import { ALL_UNIT_TYPES, ALL_VOIVODESHIPS, UNIT_TYPES, VOIVODESHIPS } from "../../src/features/practice/vocabulary";

const WORDS = [
  "bezrobotnych", "projektu", "szkół", "hipoterapia", "fotowoltaiczne", "gospodarka odpadami", '"budżet obywatelski"',
  "śmieci", "ocieplenie budynków szkolnych", "bezdomność", "WPF", "seniorów", "biblioteka", "kanalizacja", "rewital",
  "teleopieka", "profilaktyka", "ścieżek rowerowych", "transport publiczny", "e-usługi", "asystent rodziny", "",
];
const POPULATION_BANDS = ["do-5-tys", "5-20-tys", "20-50-tys", "50-100-tys", "100-500-tys", "ponad-500-tys"];
const CATEGORIES = ["uslugi-spoleczne", "pomoc-spoleczna", "oswiata", "uslugi-techniczne", "efektywnosc-energetyczna"];

const at = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/** `count` distinct /szukaj addresses, each words-plus-one-variation. */
export function searchMix(count: number): string[] {
  const variations: ((i: number) => [string, string][])[] = [
    () => [],
    (i) => [["wojewodztwo", VOIVODESHIPS[at(ALL_VOIVODESHIPS, i)].slug]],
    (i) => [["typ", UNIT_TYPES[at(ALL_UNIT_TYPES, i)].slug]],
    (i) => [["ludnosc", at(POPULATION_BANDS, i)], ["wojewodztwo", VOIVODESHIPS[at(ALL_VOIVODESHIPS, i * 7)].slug]],
    (i) => [["kategoria", at(CATEGORIES, i)]],
    () => [["strona", "2"]],
    () => [["sort", "tytul"]],
    (i) => [["od", String(2008 + (i % 8))], ["do", "2020"]],
  ];
  const paths = new Set<string>();
  for (let i = 0; paths.size < count; i++) {
    const words = at(WORDS, i);
    const variation = at(variations, Math.floor(i / WORDS.length))(i);
    const query = new URLSearchParams([...(words ? [["q", words] as [string, string]] : []), ...variation]);
    paths.add(`/szukaj?${query}`);
    if (i > count * 20) throw new Error(`Only ${paths.size} distinct searches can be made`);
  }
  return [...paths];
}
