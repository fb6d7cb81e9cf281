import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { isBuildCurrent, recordBuild, sourceFingerprint } from "../../src/server/build-fingerprint";
import { acquireSiteLock, SiteAlreadyRunning } from "../../src/server/site-lock";

// `next build` for `npm run build` and `npm start`. It is given a database address nothing
// answers, whatever DATABASE_URL says: a release is built once, anywhere, before its migrations
// run, and a page that reads data while the build prerenders it fails the build at once instead
// of being prerendered from whichever database was at hand (lib/first-request.tsx, decision 022).

export const NO_DATABASE_URL = "postgresql://127.0.0.1:1/no_database_during_next_build";
const BUILD_LOCK = ".data/build.pid";

type Log = (line: string) => void;

/** Builds unless the build is current (`force`: always); waits while another build of this folder runs. */
export async function buildSite(log: Log, { force = false } = {}): Promise<void> {
  const fingerprint = await sourceFingerprint();
  if (!force && (await isBuildCurrent(fingerprint))) return;
  let release: (() => Promise<void>) | undefined;
  while (!release) {
    try {
      release = await acquireSiteLock(BUILD_LOCK);
    } catch (error) {
      if (!(error instanceof SiteAlreadyRunning)) throw error;
      log("Waiting for another build of this folder to finish…");
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
  try {
    if (force || !(await isBuildCurrent(fingerprint))) await runNextBuild(fingerprint, log);
  } finally {
    await release();
  }
}

async function runNextBuild(fingerprint: string, log: Log): Promise<void> {
  log("Building the site (no database needed)…");
  // Route types left by an earlier `npm run dev` name routes that may no longer exist, and
  // `next build` type-checks them too; the dev server writes them anew when it next runs.
  await rm(".next/dev/types", { recursive: true, force: true });
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const env = { ...process.env, DATABASE_URL: NO_DATABASE_URL, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1" };
  const code = await new Promise<number>((resolve) => {
    spawn(process.execPath, [nextBin, "build"], { stdio: "inherit", env }).on("exit", (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0) throw new Error(`next build failed (exit code ${code}).`);
  await recordBuild(fingerprint);
}
