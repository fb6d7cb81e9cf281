// Runs `prisma generate` offline. Generation needs no schema engine, but the Prisma CLI refuses to
// start without one; where the real engine is absent we point it at a no-op binary.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = { ...process.env };
const engineVariable = "PRISMA_SCHEMA_ENGINE_BINARY";
if (!env[engineVariable] || !existsSync(env[engineVariable])) {
  env[engineVariable] = "/bin/true";
}
execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate"], {
  stdio: "inherit",
  env,
});
