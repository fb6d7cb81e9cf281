// `npm run serve`: one instance of an already built release on an already migrated database
// (DATABASE_URL), as run behind a load balancer (docs/deploy.md). It neither builds, migrates nor
// seeds: those happen once per release, not once per instance. `npm start` does all of it.
import { env, setProcessEnv } from "../src/lib/env";
import { checkPortFree } from "../src/server/port";
import { servePreflightProblem } from "../src/server/serve-preflight";

const log = (line: string) => console.log(`[bdp] ${line}`);

async function main(): Promise<void> {
  setProcessEnv("NODE_ENV", "production");
  setProcessEnv("NEXT_TELEMETRY_DISABLED", "1");
  const { PORT: port, HOSTNAME: hostname, DATABASE_URL: databaseUrl } = env();
  const problem = (await servePreflightProblem(databaseUrl)) ?? (await checkPortFree(port, hostname));
  if (problem) {
    console.error(`[bdp] ${problem}`);
    process.exit(1);
  }
  // Loaded only after the checks: the front connects to the database as it loads.
  const { startFront } = await import("../src/server/http-front");
  let front: Awaited<ReturnType<typeof startFront>> | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("Stopping…");
    await front?.close().catch((error: unknown) => log(String(error)));
    log("Stopped.");
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  try {
    front = await startFront({ dev: false, port, hostname, log, expireCacheAtStart: false });
    log(`Bank Dobrych Praktyk: ${front.url} (PID ${process.pid})`);
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    await stop(1);
  }
}

main().catch((error: unknown) => {
  console.error(`[bdp] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
