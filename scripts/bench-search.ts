// `npm run bench:search`: search at scale. Generates 100,000 practices into a throw-away embedded
// database, then measures in one run (1) the search query alone — results, total and all facet
// counts — for rare, medium and very common words, with and without filters, both as a new query
// (facet cache emptied before each run) and as the facet clicks and pages that follow it (facet
// counts cached), and (2) requests/s of /szukaj pages against the static /o-banku of the same server.
import { mkdirSync, writeFileSync } from "node:fs";
import { measurePages, startSite, throwawayDatabase } from "./bench/harness";

const COUNT = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 100_000);
const RUNS = 200;
const PORT = 3290;

const database = await throwawayDatabase(".bench/search-postgres");
// Imported only now: the database client reads the DATABASE_URL just set.
const { db, disconnectDb } = await import("../src/lib/db");
const { seedCategories } = await import("./seed-categories");
const { insertSyntheticPractices } = await import("./bench/synthetic-practices");
const { runSearch } = await import("../src/features/search/run-search");
const { searchParamsSchema } = await import("../src/features/search/schema");
const { clearFacetCache } = await import("../src/features/search/facet-cache");

const started = performance.now();
const categoryIds = await seedCategories();
await insertSyntheticPractices({ count: COUNT, categoryIds });
// Planner statistics for the tables searches read, as autovacuum would have them in production.
await db.$executeRaw`VACUUM ANALYZE practice_search`;
await db.$executeRaw`VACUUM ANALYZE facet_total`;
console.log(`Generated ${COUNT} practices in ${((performance.now() - started) / 1000).toFixed(0)} s.`);

const CLASSES: [string, string][] = [
  ["rare word", "hipoterapia"],
  ["medium word", "fotowoltaiczne"],
  ["common word", "szkół"],
  ["very common word", "projektu"],
  ["two words", "gospodarka odpadami"],
  ["phrase", '"budżet obywatelski"'],
  ["typo (fallback)", "termomodernizcja"],
  ["no text, newest", ""],
];
const FILTERS = { wojewodztwo: ["slaskie", "malopolskie"], typ: "powiat-grodzki", ludnosc: "100-500-tys" };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** p50 and p95 of RUNS searches; `fresh` empties the facet cache before each, as for a new query. */
async function measure(params: ReturnType<typeof searchParamsSchema.parse>, fresh: boolean): Promise<[number, number]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (fresh) clearFacetCache();
    const t = performance.now();
    await runSearch(params);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return [percentile(times, 50), percentile(times, 95)];
}

const rows: string[] = [];
for (const [name, q] of CLASSES) {
  for (const filtered of [false, true]) {
    const params = searchParamsSchema.parse({ q, ...(filtered ? FILTERS : {}) });
    const first = await runSearch(params);
    for (let i = 0; i < 10; i++) await runSearch(params);
    const [freshP50, freshP95] = await measure(params, true);
    const [, cachedP95] = await measure(params, false);
    rows.push(
      `| ${name}${filtered ? " + filters" : ""} | ${q || "—"} | ${first.total} | ${freshP50.toFixed(1)} | ${freshP95.toFixed(1)} | ${cachedP95.toFixed(1)} |`,
    );
    console.log(rows.at(-1));
  }
}

const queryOnly = process.argv.includes("--query-only");
const site = queryOnly ? null : await startSite(database.url, PORT);
const base = `http://127.0.0.1:${PORT}`;
const pages: [string, string][] = [
  ["/o-banku (static baseline)", "/o-banku"],
  ["/szukaj?q=bezrobotnych", "/szukaj?q=bezrobotnych"],
  ["/szukaj?q=projektu (very common)", "/szukaj?q=projektu"],
  ["/szukaj with filters", "/szukaj?q=szk%C3%B3%C5%82&wojewodztwo=slaskie&typ=powiat-grodzki"],
];
const http: string[] = [];
try {
  // --query-only: the database measurements alone (no build, no server).
  if (site) {
    http.push(...measurePages(base, pages));
  }
} finally {
  await site?.stop();
  await disconnectDb();
  await database.stop();
}

const report = [
  `Search benchmark: ${COUNT} practices; ${RUNS} runs per class, one round trip incl. all facet counts`,
  "",
  "| query class | q | matches | p50 ms | p95 ms | p95 ms, facets cached |",
  "|---|---|---:|---:|---:|---:|",
  ...rows,
  "",
  "| page (wrk -t2 -c10 -d10s) | req/s | vs /o-banku | p50 ms | p99 ms | non-2xx |",
  "|---|---:|---:|---:|---:|---:|",
  ...http,
].join("\n");
console.log(`\n${report}`);
mkdirSync(".bench", { recursive: true });
writeFileSync(".bench/search-results.md", `${report}\n`);
