// Rebuilding the search index (practice_search) of every practice: by `npm run search:reindex`,
// and by `npm start` when the index was built by another version of the text analysis.
import { ANALYZER_VERSION } from "../../src/features/search/analyze";
import { refreshSearchDocuments } from "../../src/features/search/mutations";
import { db } from "../../src/lib/db";

/** Records that the index holds this code's analysis (after a rebuild, or after loading the demo data). */
export async function recordAnalyzerVersion(): Promise<void> {
  await db.searchAnalyzerState.upsert({ where: { id: 1 }, create: { version: ANALYZER_VERSION }, update: { version: ANALYZER_VERSION } });
}

export async function reindexAllPractices(): Promise<{ practices: number; seconds: string }> {
  const started = performance.now();
  const ids = (await db.practice.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
  await refreshSearchDocuments(ids);
  await recordAnalyzerVersion();
  return { practices: ids.length, seconds: ((performance.now() - started) / 1000).toFixed(1) };
}

/** Rebuilds the index when it was built by another version of the analysis; says so in one line. */
export async function reindexIfAnalysisChanged(log: (line: string) => void): Promise<void> {
  const built = (await db.searchAnalyzerState.findUnique({ where: { id: 1 } }))?.version;
  if (built === ANALYZER_VERSION) return;
  // Frequent queries are kept by their terms, which the new analysis no longer makes: searches
  // promote them again as needed (and the rebuild need not keep their counts row by row).
  await db.searchFrequentQuery.deleteMany();
  const { practices, seconds } = await reindexAllPractices();
  log(`Search index rebuilt for text analysis version ${ANALYZER_VERSION} (was ${built ?? "unknown"}): ${practices} practices in ${seconds} s.`);
}
