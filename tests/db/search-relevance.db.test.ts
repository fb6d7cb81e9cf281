// TEMPORARY exploration harness (will be replaced).
import { readFileSync, writeFileSync } from "node:fs";
import { beforeAll, it } from "vitest";
import { runSearch } from "../../src/features/search/run-search";
import { searchParamsSchema } from "../../src/features/search/schema";
import { resetDatabase } from "./reset";

beforeAll(async () => {
  await resetDatabase();
  const { seedDemoData } = await import("../../scripts/seed");
  await seedDemoData({ log: () => {} });
});

it("explore", async () => {
  const queries = JSON.parse(readFileSync("/tmp/sr/queries.json", "utf8")) as Record<string, unknown>[];
  const lines: string[] = [];
  for (const raw of queries) {
    let out;
    try { out = await runSearch(searchParamsSchema.parse(raw)); } catch (e) { lines.push(`## ${JSON.stringify(raw)} THREW ${String(e).slice(0, 300)}\n${(e as Error).stack?.split("\n").filter((l) => l.includes("/src/")).join("\n")}`); continue; }
    lines.push(`## ${JSON.stringify(raw)} page=${out.page}/${out.pageCount} total=${out.total} corrected=${out.corrected} shown=${out.shownQuery} sugg=${out.suggestion} loc=${out.localities.join(",")} terms=${out.terms.join(",")}`);
    out.results.forEach((r, i) => lines.push(`  ${i + 1}. ${r.slug}`));
  }
  writeFileSync("/tmp/sr/out.txt", lines.join("\n"));
});
