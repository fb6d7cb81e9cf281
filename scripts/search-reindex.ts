// `npm run search:reindex`: rebuilds the search index (practice_search, search_term) of every
// practice. `npm start` does it by itself when ANALYZER_VERSION (src/features/search/analyze.ts)
// changed; this is for anything else that changes the stored terms.
import { provideDatabase } from "../src/server/database";

const log = (line: string) => console.log(`[bdp] ${line}`);
const database = await provideDatabase("bdp", log);
try {
  // Imported only now: the database client reads DATABASE_URL, which provideDatabase may have set.
  const { disconnectDb } = await import("../src/lib/db");
  const { reindexAllPractices } = await import("./support/search-index");
  const { practices, seconds } = await reindexAllPractices();
  log(`Reindexed ${practices} practices in ${seconds} s.`);
  await disconnectDb();
} finally {
  await database.stop();
}
