// `npm run bench:open-data`: the open data at scale. Generates 100,000 practices into a throw-away
// embedded database, starts the production site (256 MB heap, as `npm start`), then times each
// output once cold and once warm, and samples the server's memory while the largest ones stream.
import { mkdirSync, writeFileSync } from "node:fs";
import { BROWSER_UA, siteMemoryMb, startSite, throwawayDatabase, type Site } from "./bench/harness";

const COUNT = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 100_000);
const PORT = Number(process.env.BENCH_PORT ?? 3203);

const database = await throwawayDatabase(".bench/open-data-postgres");
const { db, disconnectDb } = await import("../src/lib/db");
const { seedCategories } = await import("./seed-categories");
const { insertSyntheticPractices } = await import("./bench/synthetic-practices");

const started = performance.now();
const categoryIds = await seedCategories();
await insertSyntheticPractices({ count: COUNT, categoryIds });
await db.$executeRaw`VACUUM ANALYZE`;
console.log(`Generated ${COUNT} practices in ${((performance.now() - started) / 1000).toFixed(0)} s.`);

type Row = { name: string; status: number; ms: number; mb: number; peakRss: number };

async function measure(site: Site, name: string, path: string, headers: Record<string, string> = {}): Promise<Row & { etag: string | null }> {
  let peak = siteMemoryMb(site);
  const sampler = setInterval(() => (peak = Math.max(peak, siteMemoryMb(site))), 50);
  const t = performance.now();
  const response = await fetch(`http://127.0.0.1:${PORT}${path}`, { headers: { "user-agent": BROWSER_UA, ...headers } });
  let bytes = 0;
  const reader = response.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) bytes += read.value.byteLength;
  const ms = performance.now() - t;
  clearInterval(sampler);
  return { name, status: response.status, ms, mb: bytes / 1e6, peakRss: Math.max(peak, siteMemoryMb(site)), etag: response.headers.get("etag") };
}

const site = await startSite(database.url, PORT);
const rows: Row[] = [];
try {
  const cases: [string, string][] = [
    ["CSV, every practice", "/szukaj.csv"],
    ["CSV, very common word", "/szukaj.csv?q=projektu"],
    ["CSV, word + filters", "/szukaj.csv?q=szk%C3%B3%C5%82&wojewodztwo=slaskie"],
    ["sitemap index", "/sitemap.xml"],
    ["practice sitemap 1", "/sitemaps/praktyki-1.xml"],
    ["pages sitemap", "/sitemaps/strony.xml"],
    ["bank feed", "/kanaly/praktyki.xml"],
    ["voivodeship feed", "/kanaly/wojewodztwa/slaskie.xml"],
    ["API search, common word", "/api/praktyki?q=szk%C3%B3%C5%82"],
    ["API categories", "/api/kategorie"],
  ];
  for (const [name, path] of cases) {
    const cold = await measure(site, `${name} (first)`, path);
    const warm = await measure(site, name, path);
    const revalidated = await measure(site, `${name}, If-None-Match`, path, warm.etag ? { "if-none-match": warm.etag } : {});
    for (const row of [cold, warm, revalidated]) {
      rows.push(row);
      console.log(`${row.name}: ${row.status} ${row.ms.toFixed(0)} ms ${row.mb.toFixed(2)} MB, server RSS ≤ ${row.peakRss} MB`);
    }
  }
  const t = performance.now();
  for (let i = 0; i < 100; i++) await db.$queryRaw`SELECT max(updated_at), (SELECT count(*) FROM practice WHERE status = 'published') FROM practice`;
  console.log(`catalogue version query: ${((performance.now() - t) / 100).toFixed(1)} ms`);
} finally {
  await site.stop();
  await disconnectDb();
  await database.stop();
}

const report = [
  `Open-data benchmark: ${COUNT} practices, production server with a 256 MB heap`,
  "",
  "| request | status | ms | MB | server RSS MB (peak) |",
  "|---|---:|---:|---:|---:|",
  ...rows.map((row) => `| ${row.name} | ${row.status} | ${row.ms.toFixed(0)} | ${row.mb.toFixed(2)} | ${row.peakRss} |`),
].join("\n");
console.log(`\n${report}`);
mkdirSync(".bench", { recursive: true });
writeFileSync(".bench/open-data-results.md", `${report}\n`);
