// `npm run search:reindex`: rebuilds the search index (practice_search, search_term) of every
// practice. Needed after a change to the text analysis (src/features/search/analyze.ts), whose
// terms are stored, not computed at query time.
import { provideDatabase } from "../src/server/database";

const log = (line: string) => console.log(`[bdp] ${line}`);
const database = await provideDatabase("bdp", log);
try {
  // Imported only now: the database client reads DATABASE_URL, which provideDatabase may have set.
  const { db, disconnectDb } = await import("../src/lib/db");
  const { refreshSearchDocuments } = await import("../src/features/search/mutations");
  const ids = (await db.practice.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
  const started = performance.now();
  await refreshSearchDocuments(ids);
  log(`Reindexed ${ids.length} practices in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  await disconnectDb();
} finally {
  await database.stop();
}
