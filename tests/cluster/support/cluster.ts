import { spawn } from "node:child_process";
import { mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { type EmbeddedDatabase, startEmbeddedPostgres, stopPostmaster } from "../../../src/lib/embedded-postgres";
import { copyRelease, Instance } from "./instance";
import { type Nginx, startNginx } from "./nginx";

// The cluster of `npm run test:cluster`: one PostgreSQL, migrated and seeded once as a release
// would be, two instances from two copies of one build, and nginx in front. Everything it writes
// is in one temporary folder (the database too), made afresh on every run: outside the
// repository, where Next would take the repository's lock file for its workspace root.

export const CLUSTER_DIR = path.join(tmpdir(), "bdp-cluster");
export const INSTANCE_PORTS = [3331, 3332] as const;
export const BALANCER_PORT = 3340;
// The address people use; `localhost`, not 127.0.0.1, so a browser keeps the editor's
// `__Host-` session cookie over plain HTTP (it treats localhost as a secure context).
export const PUBLIC_ORIGIN = `http://localhost:${BALANCER_PORT}`;

export type Cluster = {
  databaseUrl: string;
  pool: pg.Pool;
  instances: [Instance, Instance];
  balancerUrl: string;
  nginx: Nginx;
  stop(): Promise<void>;
};

function run(command: string[], env: Record<string, string>, log: (line: string) => void): Promise<void> {
  log(`$ ${command.join(" ")}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), { env: { ...process.env, ...env }, stdio: "inherit" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command.join(" ")} failed (exit code ${code})`))));
  });
}

const tsx = (script: string, ...args: string[]) => [process.execPath, "--import", "tsx", script, ...args];

export async function startCluster(log: (line: string) => void): Promise<Cluster> {
  const stops: (() => Promise<unknown>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => log(`cleanup: ${String(error)}`));
  };
  try {
    // The build comes first, before any database exists: it needs none (scripts/support/next-build.ts).
    await run(tsx("scripts/build.ts", "--if-changed"), {}, log);
    // A PostgreSQL left running by an interrupted run holds the folder about to be deleted.
    await stopPostmaster(path.join(CLUSTER_DIR, "postgres"));
    await rm(CLUSTER_DIR, { recursive: true, force: true });
    await mkdir(CLUSTER_DIR, { recursive: true });

    const database: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: path.join(CLUSTER_DIR, "postgres"), database: "bdp", log });
    stops.push(() => database.stop());
    // Once per release, not per instance: docs/deploy.md.
    await run(tsx("scripts/migrate.ts"), { DATABASE_URL: database.url }, log);
    await run(tsx("scripts/db-seed.ts"), { DATABASE_URL: database.url }, log);
    const pool = new pg.Pool({ connectionString: database.url, max: 4 });
    stops.push(() => pool.end());

    const env = {
      DATABASE_URL: database.url,
      HOSTNAME: "127.0.0.1",
      TRUST_PROXY: "true",
      PUBLIC_ORIGIN,
      // Attachments in PostgreSQL, so that every instance serves every file (branch files-15).
      FILE_STORE: "postgres",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    const instances = await Promise.all(
      INSTANCE_PORTS.map(async (port, index) => {
        const name = `instance-${"ab"[index]}`;
        const dir = path.join(CLUSTER_DIR, name);
        await copyRelease(process.cwd(), dir);
        return new Instance(name, dir, port, env, path.join(CLUSTER_DIR, `${name}.log`));
      }),
    );
    for (const instance of instances) {
      instance.start();
      stops.push(() => instance.stop("SIGTERM"));
    }
    for (const instance of instances) log(`${instance.name} ready in ${await instance.waitReady()} ms`);

    const nginx = await startNginx(path.join(CLUSTER_DIR, "nginx"), BALANCER_PORT, [...INSTANCE_PORTS]);
    stops.push(() => nginx.stop());
    return { databaseUrl: database.url, pool, instances: instances as [Instance, Instance], balancerUrl: `http://127.0.0.1:${BALANCER_PORT}`, nginx, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
