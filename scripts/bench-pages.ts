// `npm run bench:pages`: the map, the statistics and the content pages at scale. Generates 100,000
// practices (or the count given) with 90 days of visits into a throw-away embedded database, then
// measures in one run (1) the uncached figures the pages are built from, and (2) requests/s of the
// pages against the static /o-banku of the same server.
import { mkdirSync, writeFileSync } from "node:fs";
import { measurePages, startSite, throwawayDatabase } from "./bench/harness";

const COUNT = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 100_000);
const RUNS = 50;
const PORT = 3202;

const database = await throwawayDatabase(".bench/pages-postgres");
// Imported only now: the database client reads the DATABASE_URL just set.
const { db, disconnectDb } = await import("../src/lib/db");
const { seedDemoData } = await import("./seed");
const { insertSyntheticPractices } = await import("./bench/synthetic-practices");
const { readVoivodeshipCounts } = await import("../src/features/map/data");
const { readCatalogueStatistics, readVisitStatistics } = await import("../src/features/statistics/data");
const { searchParamsSchema } = await import("../src/features/search/schema");
const { warsawDay } = await import("../src/features/visits/warsaw-day");

const started = performance.now();
await seedDemoData({ log: () => {}, demoAccount: false });
const categoryIds = new Map((await db.category.findMany()).map((category) => [category.slug, category.id]));
await insertSyntheticPractices({ count: COUNT, categoryIds });
// 90 days of visits, views on every practice and downloads of the demo attachments.
await db.$executeRaw`
  INSERT INTO daily_visits (day, page_views, unique_visitors)
  SELECT d::date, 2000 + (random() * 3000)::int, 500 + (random() * 800)::int
  FROM generate_series(current_date - 89, current_date, interval '1 day') AS d`;
await db.$executeRaw`UPDATE practice SET view_count = (random() * 5000)::int`;
await db.$executeRaw`UPDATE attachment SET download_count = (random() * 300)::int`;
await db.$executeRaw`VACUUM ANALYZE`;
const practiceCount = await db.practice.count();
console.log(`Generated ${practiceCount} practices in ${((performance.now() - started) / 1000).toFixed(0)} s.`);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(name: string, work: () => Promise<unknown>): Promise<string> {
  for (let i = 0; i < 5; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const row = `| ${name} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} |`;
  console.log(row);
  return row;
}

const today = warsawDay(new Date());
const figures = [
  await time("map, no filter (cached in the site)", () => readVoivodeshipCounts(searchParamsSchema.parse({}))),
  await time("map, unit type + category", () => readVoivodeshipCounts(searchParamsSchema.parse({ typ: "powiat-grodzki", kategoria: "uslugi-spoleczne" }))),
  await time("map, common word „szkół”", () => readVoivodeshipCounts(searchParamsSchema.parse({ q: "szkół" }))),
  await time("map, years 2010–2015", () => readVoivodeshipCounts(searchParamsSchema.parse({ od: "2010", do: "2015" }))),
  await time("statistics of the catalogue (cached in the site)", () => readCatalogueStatistics()),
  await time("statistics of visits (cached in the site)", () => readVisitStatistics(today)),
];

const site = process.argv.includes("--query-only") ? null : await startSite(database.url, PORT);
const base = `http://127.0.0.1:${PORT}`;
const pages: [string, string][] = [
  ["/o-banku (static baseline)", "/o-banku"],
  ["/mapa", "/mapa"],
  ["/mapa?typ=…&kategoria=…", "/mapa?typ=powiat-grodzki&kategoria=uslugi-spoleczne"],
  ["/statystyki", "/statystyki"],
  ["/publikacje", "/publikacje"],
  ["/inne-bazy", "/inne-bazy"],
];
const http: string[] = [];
try {
  if (site) {
    http.push(...(await measurePages(base, pages)));
  }
} finally {
  await site?.stop();
  await disconnectDb();
  await database.stop();
}

const report = [
  `Pages benchmark: ${practiceCount} practices; figures uncached, ${RUNS} runs each`,
  "",
  "| figures | p50 ms | p95 ms |",
  "|---|---:|---:|",
  ...figures,
  "",
  "| page (wrk -t2 -c10 -d10s, every view counted) | req/s | vs /o-banku | p50 ms | p99 ms | non-2xx |",
  "|---|---:|---:|---:|---:|---:|",
  ...http,
].join("\n");
console.log(`\n${report}`);
mkdirSync(".bench", { recursive: true });
writeFileSync(".bench/pages-results.md", `${report}\n`);
