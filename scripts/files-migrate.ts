// `npm run files:migrate -- --to postgres|s3|local [--from …] [--delete-source]`: copies every
// file the database refers to (attachments, pending uploads, publications, submissions' files)
// from one store to another under the same keys, each verified by its recorded SHA-256. A second
// run skips what is already copied, so it can be interrupted and run again. `--from` defaults to
// FILE_STORE; the source keeps its files unless `--delete-source`. See README, "Files".
import { parseArgs } from "node:util";
import { provideToolDatabase } from "../src/server/database";

const log = (line: string) => console.log(`[bdp] ${line}`);
const USAGE = "Użycie: npm run files:migrate -- --to postgres|s3|local [--from local|postgres|s3] [--delete-source]";

function fail(message: string): never {
  console.error(`[bdp] ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ options: { to: { type: "string" }, from: { type: "string" }, "delete-source": { type: "boolean" } }, strict: true }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { env } = await import("../src/lib/env");
  const { migrateArgsSchema } = await import("../src/features/file-store/schema");
  const args = migrateArgsSchema.safeParse({ from: env().FILE_STORE, ...values });
  if (!args.success) fail(`${args.error.issues.map((issue) => issue.message).join(" ")}\n${USAGE}`);
  const { from, to, "delete-source": removeSource } = args.data;

  const database = await provideToolDatabase("bdp", log);
  try {
    const { migrate } = await import("../src/lib/migrations");
    await migrate(database.url);
    // Imported only now: the database client reads DATABASE_URL, which provideToolDatabase may have set.
    const { listFileReferences } = await import("../src/features/file-store/data");
    const { migrateFiles, migrationSucceeded } = await import("../src/features/file-store/migrate");
    const { fileStoreOf } = await import("../src/features/file-store/stores");
    const { disconnectDb } = await import("../src/lib/db");
    try {
      const references = await listFileReferences();
      log(`Przenoszenie plików: ${from} → ${to}, ${references.length} odwołań w bazie.`);
      const report = await migrateFiles({ from: fileStoreOf(from), to: fileStoreOf(to), references, removeSource, log });
      log(`Plików: ${report.files}; skopiowanych: ${report.copied}; już na miejscu: ${report.alreadyThere}; usuniętych ze źródła: ${report.removedFromSource}.`);
      const problems = [
        ["brak w magazynie źródłowym", report.missing],
        ["inna treść niż zapisana suma SHA-256 (nie skopiowano)", report.damaged],
        ["po skopiowaniu inna treść w magazynie docelowym", report.failed],
        ["klucz spoza magazynu (pominięto)", report.invalidKeys],
      ] as const;
      for (const [what, keys] of problems) if (keys.length > 0) log(`${what}: ${keys.length} (${keys.slice(0, 10).join(", ")}${keys.length > 10 ? ", …" : ""})`);
      if (!migrationSucceeded(report)) process.exitCode = 1;
    } finally {
      await disconnectDb();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
