import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { isProcessAlive } from "@/lib/process-alive";

// One site per working copy: a second `npm start` would fight the first over the embedded
// database. The lock holds our PID; a lock whose process is gone (crash, kill -9) is taken over.

export class SiteAlreadyRunning extends Error {}

export async function acquireSiteLock(file: string): Promise<() => Promise<void>> {
  if (existsSync(file)) {
    const pid = Number((await readFile(file, "utf8")).trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isProcessAlive(pid)) {
      throw new SiteAlreadyRunning(`The site is already running from this folder (PID ${pid}); stop it with Ctrl-C or \`kill ${pid}\`.`);
    }
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${process.pid}\n`);
  return () => rm(file, { force: true });
}

