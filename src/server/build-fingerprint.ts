import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// `npm start` builds only when the sources changed since the last build: a hash of everything
// that goes into `next build`, kept beside the build output.

const INPUTS = ["src", "public", "prisma/schema.prisma", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const SKIP = new Set(["generated", "node_modules"]);
const STAMP = ".next/bdp-source-fingerprint";

async function* files(entry: string): AsyncGenerator<string> {
  if (!existsSync(entry)) return;
  const children = await readdir(entry, { withFileTypes: true }).catch(() => null);
  if (!children) {
    yield entry;
    return;
  }
  for (const child of children.sort((a, b) => a.name.localeCompare(b.name))) {
    if (SKIP.has(child.name)) continue;
    const full = path.join(entry, child.name);
    if (child.isDirectory()) yield* files(full);
    else if (!/\.test\.tsx?$/.test(child.name)) yield full;
  }
}

export async function sourceFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for await (const file of files(input)) hash.update(file).update("\0").update(await readFile(file)).update("\0");
  }
  return hash.digest("hex");
}

export async function isBuildCurrent(fingerprint: string): Promise<boolean> {
  if (!existsSync(".next/BUILD_ID") || !existsSync(STAMP)) return false;
  return (await readFile(STAMP, "utf8")) === fingerprint;
}

export function recordBuild(fingerprint: string): Promise<void> {
  return writeFile(STAMP, fingerprint);
}
