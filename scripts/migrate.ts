// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { migrate, MigrationError } from "../src/lib/migrations";
import { provideDatabase } from "../src/server/database";

const log = (line: string) => console.log(`[bdp] ${line}`);
const database = await provideDatabase("bdp", log);
try {
  const applied = await migrate(database.url);
  log(applied.length > 0 ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
} catch (error) {
  log(error instanceof MigrationError ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await database.stop();
}
