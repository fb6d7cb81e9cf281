import { spawn } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { isProcessAlive } from "../../../src/lib/process-alive";

// Stops and starts the embedded PostgreSQL under the running site, as an operator would with
// `pg_ctl stop -m fast` and `pg_ctl start`: SIGINT is PostgreSQL's fast shutdown, and the start
// repeats the postmaster's own command line (postmaster.opts), as the user who owns the data.

/** The embedded cluster of the browser tests' server: EMBEDDED_PG_DIR in playwright.config.ts. */
export const E2E_PG_DIR = path.resolve(".data/e2e-postgres");

function postmaster(): { pid: number; port: number } {
  const lines = readFileSync(path.join(E2E_PG_DIR, "postmaster.pid"), "utf8").split("\n");
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

export function e2eDatabaseUrl(): string {
  return `postgresql://postgres:postgres@127.0.0.1:${postmaster().port}/bdp`;
}

/** The postmaster's command line, for starting it again the same way. */
export function postmasterCommand(): string[] {
  const opts = readFileSync(path.join(E2E_PG_DIR, "postmaster.opts"), "utf8").trim();
  const [binary] = opts.split(" ");
  const args = [...opts.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]!.replace(/\\(.)/g, "$1"));
  return [binary!, ...args];
}

export async function stopDatabase(): Promise<void> {
  const { pid } = postmaster();
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + 30_000;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL ${pid} did not stop`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function startDatabase(command: string[]): Promise<void> {
  const [binary, ...args] = command;
  const { uid, gid } = statSync(E2E_PG_DIR);
  const child = spawn(binary!, args, { uid, gid, detached: true, stdio: "ignore" });
  child.unref();
  const port = Number(args[args.indexOf("-p") + 1]);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/bdp` });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
