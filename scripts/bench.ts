// `npm run bench`: the catalogue's pages against /o-banku, a prerendered page of the same server.
// Seeds 10,000 practices into a throw-away embedded database, starts the production site as
// `npm start` does, and measures with wrk (10 connections) in one run; prints ratios.
import { writeFileSync, mkdirSync } from "node:fs";
import { throwawayDatabase, startSite, siteMemoryMb, wrk, type WrkResult } from "./bench/harness";

const PORT = 3200;
const SECONDS = 15;
const PRACTICES = 10_000;
// `-- --file-cache`: Next's own file cache instead of the shared one in PostgreSQL (decision 012).
const fileCache = process.argv.includes("--file-cache");
if (fileCache) process.env.BDP_BENCH_FILE_CACHE = "1";

const database = await throwawayDatabase(".bench/postgres");
// Imported only now: the database client reads the DATABASE_URL just set.
const { db, disconnectDb } = await import("../src/lib/db");
const { seedDemoData } = await import("./seed");
const { insertSyntheticPractices } = await import("./bench/synthetic-practices");
await seedDemoData({ log: console.log, demoAccount: false });
const categoryIds = new Map((await db.category.findMany()).map((category) => [category.slug, category.id]));
await insertSyntheticPractices({ count: PRACTICES, categoryIds });
const practiceCount = await db.practice.count();
console.log(`Seeded ${practiceCount} practices.`);

const visits = async () =>
  Number((await db.dailyVisits.aggregate({ _sum: { pageViews: true } }))._sum.pageViews ?? 0);

const site = await startSite(database.url, PORT);
const base = `http://127.0.0.1:${PORT}`;
const practiceSlug = "wdrazanie-projektow-miekkich-na-rzecz-integracji-spolecznej-przy-rewitalizacji-obszarow-zdegradowanych";
const pages: [string, string][] = [
  ["/o-banku (static baseline)", "/o-banku"],
  ["practice page", `/praktyki/${practiceSlug}`],
  ["category page", "/kategorie/pomoc-spoleczna"],
  ["home page", "/"],
];

const results: { name: string; path: string; result: WrkResult; counted: number; memoryMb: number }[] = [];
try {
  for (const [, path] of pages) wrk(`${base}${path}`, 3); // warm-up: compile, fill caches
  for (const [name, path] of pages) {
    const before = await visits();
    let peakMemory = 0;
    const sampler = setInterval(() => (peakMemory = Math.max(peakMemory, siteMemoryMb(site))), 500);
    const result = wrk(`${base}${path}`, SECONDS);
    clearInterval(sampler);
    const counted = (await visits()) - before;
    results.push({ name, path, result, counted, memoryMb: Math.max(peakMemory, siteMemoryMb(site)) });
    console.log(`${name}: ${result.rps.toFixed(0)} req/s`);
  }
} finally {
  await site.stop();
  await disconnectDb();
  await database.stop();
}

const baseline = results[0]!.result.rps;
const cache = fileCache ? "Next's file cache" : "shared cache in PostgreSQL";
console.log(`\nBenchmark: ${practiceCount} practices, wrk -t2 -c10 -d${SECONDS}s, production server, ${cache}\n`);
console.log("| page | req/s | vs /o-banku | p50 ms | p99 ms | views counted / requests | peak RSS MB |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const { name, result, counted, memoryMb } of results) {
  const ratio = `${Math.round((result.rps / baseline) * 100)}%`;
  console.log(
    `| ${name} | ${result.rps.toFixed(0)} | ${ratio} | ${result.p50.toFixed(1)} | ${result.p99.toFixed(1)} | ${counted} / ${result.requests} | ${memoryMb} |`,
  );
}
mkdirSync(".bench", { recursive: true });
writeFileSync(".bench/results.json", JSON.stringify({ practices: practiceCount, results }, null, 2));
