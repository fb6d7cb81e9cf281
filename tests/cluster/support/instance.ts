import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { cp, mkdir, rm, symlink } from "node:fs/promises";
import path from "node:path";

// One instance of the site as an operator runs it: its own copy of the built release (its own
// folder, so no local disk cache is shared), started with what `npm run serve` runs.

/** What a release folder needs to serve: the build, the sources the front runs with tsx, the migrations. */
const RELEASE_FILES = ["package.json", "package-lock.json", "tsconfig.json", "next.config.ts", "postcss.config.mjs", "src", "public", "prisma", "scripts", ".next"];
// Next's build cache and a dev server's output are not part of a release.
const LEFT_OUT = new Set([".next/cache", ".next/dev"]);

export async function copyRelease(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  for (const entry of RELEASE_FILES) {
    if (!existsSync(path.join(from, entry))) continue; // public/ is optional
    await cp(path.join(from, entry), path.join(to, entry), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (source) => !LEFT_OUT.has(path.relative(from, source)),
    });
  }
  // Installed packages are the same for every copy (what `npm ci` would put there).
  await symlink(path.join(from, "node_modules"), path.join(to, "node_modules"), "dir");
}

export class Instance {
  private child: ChildProcess | null = null;
  private exited: Promise<number | null> = Promise.resolve(null);

  constructor(
    readonly name: string,
    readonly dir: string,
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly logFile: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** `npm run serve` without npm in between, so that a signal reaches the server itself. */
  start(): void {
    const log = createWriteStream(this.logFile, { flags: "a" });
    const child = spawn(process.execPath, ["--max-old-space-size=384", "--import", "tsx", "scripts/serve.ts"], {
      cwd: this.dir,
      env: { ...process.env, ...this.env, PORT: String(this.port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.pipe(log, { end: false });
    child.stderr!.pipe(log, { end: false });
    this.exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
    this.child = child;
  }

  async waitReady(timeoutMs = 120_000): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      if (this.child?.exitCode !== null) throw new Error(`${this.name} exited (code ${this.child?.exitCode}); see ${this.logFile}`);
      const ready = await fetch(`${this.url}/api/gotowosc`).then((response) => response.ok, () => false);
      if (ready) return Date.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${this.name} not ready after ${timeoutMs} ms; see ${this.logFile}`);
  }

  /** Sends the signal and resolves with the exit code once the process is gone. */
  async stop(signal: NodeJS.Signals): Promise<number | null> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return this.child?.exitCode ?? null;
    this.child.kill(signal);
    return this.exited;
  }
}
