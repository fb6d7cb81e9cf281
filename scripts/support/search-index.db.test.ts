import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoCatalogue } from "../../tests/db/search-fixtures";
import { ANALYZER_VERSION } from "../../src/features/search/analyze";
import { db } from "../../src/lib/db";
import { reindexIfAnalysisChanged } from "./search-index";

// `npm start` rebuilds an index built by another version of the text analysis, and only then.

const builtVersion = async () => (await db.searchAnalyzerState.findUnique({ where: { id: 1 } }))?.version;
const emptyDocuments = async () =>
  (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM practice_search WHERE length(document) = 0`)[0]!.n;

beforeAll(seedDemoCatalogue);

describe("reindexIfAnalysisChanged", () => {
  it("finds the demo data's index current", async () => {
    expect(await builtVersion()).toBe(ANALYZER_VERSION);
    const lines: string[] = [];
    await reindexIfAnalysisChanged((line) => lines.push(line));
    expect(lines).toEqual([]);
  });

  it("rebuilds an index of an older analysis, says so in one line, and records the version", async () => {
    // As an index of the older analysis would be: its terms differ from what the code makes now.
    await db.$executeRaw`UPDATE practice_search SET document = ''::tsvector`;
    await db.$executeRaw`INSERT INTO search_frequent_query (source, query) VALUES ('staryterm', to_tsquery('simple', 'staryterm'))`;
    await db.searchAnalyzerState.update({ where: { id: 1 }, data: { version: ANALYZER_VERSION - 1 } });
    const lines: string[] = [];
    await reindexIfAnalysisChanged((line) => lines.push(line));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Search index rebuilt for text analysis version ${ANALYZER_VERSION} \\(was ${ANALYZER_VERSION - 1}\\): \\d+ practices in [\\d.]+ s\\.$`));
    expect(await emptyDocuments()).toBe(0);
    expect(await builtVersion()).toBe(ANALYZER_VERSION);
    // Queries kept by the older analysis' terms are forgotten.
    expect(await db.searchFrequentQuery.count()).toBe(0);
  });

  it("rebuilds when no version is recorded", async () => {
    await db.searchAnalyzerState.deleteMany();
    const lines: string[] = [];
    await reindexIfAnalysisChanged((line) => lines.push(line));
    expect(lines[0]).toContain("(was unknown)");
    expect(await builtVersion()).toBe(ANALYZER_VERSION);
  });
});
