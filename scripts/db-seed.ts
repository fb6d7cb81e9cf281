// `npm run db:seed`: loads the demo data into DATABASE_URL, or the embedded database, if empty.
import { isDatabaseEmpty, migrate } from "../src/lib/migrations";
import { provideDatabase } from "../src/server/database";

const log = (line: string) => console.log(`[bdp] ${line}`);
const database = await provideDatabase("bdp", log);
try {
  await migrate(database.url);
  if (await isDatabaseEmpty(database.url)) {
    // Imported only now: the database client reads DATABASE_URL, which provideDatabase may have set.
    const { seedDemoData } = await import("./seed");
    const { disconnectDb } = await import("../src/lib/db");
    await seedDemoData({ log, demoAccount: database.embedded });
    await disconnectDb();
  } else {
    log("The database already holds data; nothing seeded.");
  }
} finally {
  await database.stop();
}
