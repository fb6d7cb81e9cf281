// `npm test`: every check, in order of speed: types, unit and database tests (Vitest), then the
// browser tests (Playwright), which start the production site on its own embedded database, then
// the cluster tests (two instances behind Debian's nginx, tests/cluster).
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { checkPortFree } from "../src/server/port";

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

function run(title: string, command: string, args: string[]): void {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) {
    console.error(`✗ ${title} failed`);
    process.exit(result.status ?? 1);
  }
}

run("Type check", "npx", ["tsc", "--noEmit", "-p", "tsconfig.typecheck.json"]);
run("Unit and database tests", "npx", ["vitest", "run"]);
// The browser tests count visits and read demo data: give them a fresh database, unless a
// developer keeps an e2e server running on purpose (Playwright then reuses it).
if ((await checkPortFree(E2E_PORT, "127.0.0.1")) === null) {
  rmSync(".data/e2e-postgres", { recursive: true, force: true });
  rmSync(".data/e2e-attachments", { recursive: true, force: true });
}
run("Browser tests", "npx", ["playwright", "test"]);
run("Cluster tests: two instances behind nginx", "npx", ["playwright", "test", "-c", "playwright.cluster.config.ts"]);
console.log("\n✓ All tests passed");
