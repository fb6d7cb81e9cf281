// Shared parts of the benchmarks: a throw-away embedded database, the production site started
// the way `npm start` starts it, wrk runs, and the server's memory.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../src/lib/embedded-postgres";
import { setProcessEnv } from "../../src/lib/env";
import { migrate } from "../../src/lib/migrations";

export const BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0 Safari/537.36";

/** A new (or, with `keep`, the last) migrated embedded database in `dir`, made this process's DATABASE_URL. */
export async function throwawayDatabase(dir: string, { keep = false } = {}): Promise<EmbeddedDatabase> {
  // `keep`: the data of the previous run stays (migrations still apply), to measure again sooner.
  if (!keep) rmSync(dir, { recursive: true, force: true });
  const database = await startEmbeddedPostgres({ dataDir: dir, database: "bdp_bench", log: (line) => console.log(line) });
  setProcessEnv("DATABASE_URL", database.url);
  await migrate(database.url);
  return database;
}

export type Site = { process: ChildProcess; stop(): Promise<void> };

export async function startSite(databaseUrl: string, port: number, extraEnv: Record<string, string> = {}): Promise<Site> {
  const child = spawn(process.execPath, ["--max-old-space-size=256", "--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", ...extraEnv },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    // The site logs a JSON line per request (src/server/log.ts): read them all, or the site would
    // block on a full pipe, but show only the others.
    let partial = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split("\n");
      partial = lines.pop()!;
      for (const line of lines) {
        if (!line.includes('"component":"http"')) process.stdout.write(`${line}\n`);
        if (line.includes("Ctrl-C stops it")) resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`The site exited with code ${code}`)));
  });
  return {
    process: child,
    async stop() {
      for (const pid of [...descendants(child.pid!), child.pid!]) {
        try {
          process.kill(pid, "SIGTERM");
        } catch {
          // already gone
        }
      }
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  const result: number[] = [];
  const visit = (id: number) => {
    for (const child of children.get(id) ?? []) {
      result.push(child);
      visit(child);
    }
  };
  visit(pid);
  return result;
}

/** Resident memory of the site's server process (the largest Node process of the tree), in MB. */
export function siteMemoryMb(site: Site): number {
  let kb = 0;
  for (const pid of [site.process.pid!, ...descendants(site.process.pid!)]) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!command.includes("node")) continue;
      kb = Math.max(kb, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // exited meanwhile
    }
  }
  return Math.round(kb / 1024);
}

const MIX_SCRIPT = path.join(import.meta.dirname, "mix.lua");

export type WrkResult = { requests: number; rps: number; p50: number; p99: number; non2xx: number };

function toMs(value: string): number {
  const match = /([\d.]+)(us|ms|s)/.exec(value);
  if (!match) return Number.NaN;
  const n = Number(match[1]);
  return match[2] === "us" ? n / 1000 : match[2] === "s" ? n * 1000 : n;
}

/** wrk against `url`, or, given `mixFile` (one path per line), against each of its paths in turn. */
export function wrk(url: string, seconds: number, connections = 10, mixFile?: string): WrkResult {
  const mix = mixFile ? ["-s", MIX_SCRIPT, url, "--", mixFile] : [url];
  const result = spawnSync("wrk", ["-t2", `-c${connections}`, `-d${seconds}s`, "--latency", "-H", `User-Agent: ${BROWSER_UA}`, "-H", "Accept: text/html", ...mix], {
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`wrk failed: ${result.stderr}`);
  const out = result.stdout;
  return {
    requests: Number(/(\d+) requests in/.exec(out)?.[1] ?? 0),
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0),
    // The latency distribution's lines; "50%" alone would also match a "+/- Stdev" figure like 95.50%.
    p50: toMs(/^\s+50%\s+(\S+)/m.exec(out)?.[1] ?? ""),
    p99: toMs(/^\s+99%\s+(\S+)/m.exec(out)?.[1] ?? ""),
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
  };
}

/** A page to measure: one address, or a mix of addresses requested in turn. */
export type MeasuredPage = [name: string, address: string | string[]];

/**
 * Throughput of each page in one run, the first being the baseline: a short warm-up of every page
 * (every address of a mix once), then 10 s each. Rows: name, req/s, % of the baseline, p50, p99,
 * non-2xx answers.
 */
export async function measurePages(base: string, pages: MeasuredPage[]): Promise<string[]> {
  const target = (address: string | string[]) => {
    if (typeof address === "string") return { url: `${base}${address}` };
    mkdirSync(".bench", { recursive: true });
    const mixFile = path.join(".bench", `mix-${address.length}.txt`);
    writeFileSync(mixFile, `${address.join("\n")}\n`);
    return { url: base, mixFile };
  };
  for (const [, address] of pages) {
    if (typeof address === "string") wrk(`${base}${address}`, 3);
    else for (const one of address) await fetch(`${base}${one}`, { headers: { "user-agent": BROWSER_UA } }).then((response) => response.arrayBuffer());
  }
  let baseline = 0;
  return pages.map(([name, address]) => {
    const { url, mixFile } = target(address);
    const result = wrk(url, 10, 10, mixFile);
    baseline ||= result.rps;
    const row = `| ${name} | ${result.rps.toFixed(0)} | ${Math.round((result.rps / baseline) * 100)}% | ${result.p50.toFixed(1)} | ${result.p99.toFixed(1)} | ${result.non2xx} |`;
    console.log(row);
    return row;
  });
}
