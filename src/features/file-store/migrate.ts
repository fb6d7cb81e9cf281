import { createHash } from "node:crypto";
import type { FileReference } from "./data";
import { isStorageKey, type FileStore } from "./store";

export type MigrationReport = {
  /** Distinct keys the database refers to. */
  files: number;
  copied: number;
  /** Already in the target with the recorded SHA-256: a run that was interrupted, or a second run. */
  alreadyThere: number;
  removedFromSource: number;
  /** Referenced, but in neither store. */
  missing: string[];
  /** In the source with other bytes than the recorded SHA-256: not copied. */
  damaged: string[];
  /** Copied, but read back from the target with other bytes. */
  failed: string[];
  /** Not a key any store made (e.g. the benchmarks' synthetic rows): skipped. */
  invalidKeys: string[];
};

type Options = { from: FileStore; to: FileStore; references: FileReference[]; removeSource?: boolean; log?: (line: string) => void };

/** SHA-256 of a stored file, read streamed (one chunk at a time), or null when it is missing. */
export async function storedSha256(store: FileStore, key: string): Promise<string | null> {
  const opened = await store.open(key);
  if (!opened) return null;
  const hash = createHash("sha256");
  const reader = opened.stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) hash.update(next.value);
  return hash.digest("hex");
}

/**
 * Copies every referenced file from one store to another under the same key, so no database row
 * changes. Each file is checked against the SHA-256 recorded with it, before copying and after, by
 * reading the target back. Files already in the target intact are skipped, so a run can be
 * interrupted and started again. The source keeps its files unless `removeSource`, and then only
 * files verified in the target are removed. One file at a time: at most one file in memory.
 */
export async function migrateFiles({ from, to, references, removeSource = false, log = () => {} }: Options): Promise<MigrationReport> {
  const expected = new Map(references.map((reference) => [reference.storageKey, reference.sha256]));
  const report: MigrationReport = { files: expected.size, copied: 0, alreadyThere: 0, removedFromSource: 0, missing: [], damaged: [], failed: [], invalidKeys: [] };
  let done = 0;
  for (const [key, sha256] of expected) {
    done += 1;
    if (done % 100 === 0) log(`${done}/${expected.size}…`);
    if (!isStorageKey(key)) {
      report.invalidKeys.push(key);
      continue;
    }
    if ((await storedSha256(to, key)) === sha256) {
      report.alreadyThere += 1;
    } else {
      const bytes = await from.read(key);
      if (!bytes) {
        report.missing.push(key);
        continue;
      }
      if (createHash("sha256").update(bytes).digest("hex") !== sha256) {
        report.damaged.push(key);
        continue;
      }
      await to.write(key, bytes);
      if ((await storedSha256(to, key)) !== sha256) {
        report.failed.push(key);
        continue;
      }
      report.copied += 1;
    }
    if (removeSource) {
      await from.remove(key);
      report.removedFromSource += 1;
    }
  }
  return report;
}

export function migrationSucceeded(report: MigrationReport): boolean {
  return report.missing.length === 0 && report.damaged.length === 0 && report.failed.length === 0;
}
