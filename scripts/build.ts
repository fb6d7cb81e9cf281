// `npm run build`: `next build` of this folder, with no database (scripts/support/next-build.ts).
// `--if-changed` (the cluster test): only when the sources changed since the last build.
import { buildSite } from "./support/next-build";

const ifChanged = process.argv.includes("--if-changed");

const log = (line: string) => console.log(`[bdp] ${line}`);
try {
  await buildSite(log, { force: !ifChanged });
  log("Built. Serve it with `npm run serve` (after `npm run db:migrate`), or run `npm start`.");
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
