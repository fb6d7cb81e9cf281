import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { listFileReferences } from "../src/features/file-store/data";
import { migrateFiles } from "../src/features/file-store/migrate";
import { postgresFileStore } from "../src/features/file-store/postgres-store";
import { s3FileStore, type S3FileStore } from "../src/features/file-store/s3-store";
import { fileStoreOf } from "../src/features/file-store/stores";
import { db } from "../src/lib/db";
import { resetDatabase } from "../tests/db/reset";
import { createTestPractice, createTestSubmission, createTestUser } from "../tests/factories";
import { startS3Server, type TestS3Server } from "../tests/support/s3-server";

// `npm run files:migrate` as an operator runs it, and the copy it makes, between real stores.

function run(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/files-migrate.ts", ...args], {
      env: { ...process.env, DATABASE_URL: inject("databaseUrl"), FILE_STORE: "local" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(700_000)]);

/** One file referenced from each table that holds storage keys, all in the local store (FILE_STORE's default in tests). */
async function filesInEveryTable(): Promise<Map<string, Buffer>> {
  const local = fileStoreOf("local");
  const files = new Map<string, Buffer>();
  const stored = async (bytes: Buffer) => {
    const key = await local.put(bytes);
    files.set(key, bytes);
    return { storageKey: key, sha256: sha256(bytes), byteSize: bytes.byteLength, fileName: "raport.pdf", mimeType: "application/pdf" };
  };
  const practice = await createTestPractice();
  await db.attachment.create({ data: { practiceId: practice.id, title: "Raport", ...(await stored(PDF)) } });
  const editor = await createTestUser();
  await db.pendingAttachment.create({ data: { token: randomBytes(32).toString("base64url"), editorId: editor.id, formatLabel: "dokument PDF", ...(await stored(randomBytes(1000))) } });
  await db.publication.create({ data: { title: "Raport roczny", publishedOn: new Date("2026-01-02"), ...(await stored(randomBytes(2_000_000))) } });
  const submission = await createTestSubmission({ attachments: [{ fileName: "wniosek.pdf", mimeType: "application/pdf", bytes: new Uint8Array(randomBytes(3000)) }] });
  const { storageKey } = await db.submissionAttachment.findFirstOrThrow({ where: { submissionId: submission.id } });
  files.set(storageKey, (await local.read(storageKey))!);
  return files;
}

let s3: TestS3Server;
let bucket: S3FileStore;

beforeAll(async () => {
  s3 = await startS3Server();
  bucket = s3FileStore(s3.settings);
});

afterAll(async () => {
  bucket.close();
  await s3.stop();
});

beforeEach(resetDatabase);

describe("npm run files:migrate", () => {
  it("copies every referenced file from local disk to PostgreSQL, verified, and a second run copies nothing", async () => {
    const files = await filesInEveryTable();
    expect((await listFileReferences()).map((reference) => reference.table).sort()).toEqual(["attachment", "pending_attachment", "publication", "submission_attachment"]);

    const first = await run(["--to", "postgres"]);
    expect(first.output).toContain("Przenoszenie plików: local → postgres, 4 odwołań w bazie.");
    expect(first.output).toContain("Plików: 4; skopiowanych: 4; już na miejscu: 0; usuniętych ze źródła: 0.");
    expect(first.code).toBe(0);
    const postgres = postgresFileStore();
    for (const [key, bytes] of files) {
      expect(sha256((await postgres.read(key))!)).toBe(sha256(bytes));
      expect(await fileStoreOf("local").read(key)).not.toBeNull(); // the source keeps its files
    }

    const second = await run(["--to", "postgres", "--from", "local"]);
    expect(second.output).toContain("Plików: 4; skopiowanych: 0; już na miejscu: 4;");
    expect(second.code).toBe(0);
  }, 120_000);

  it("refuses bad arguments in Polish", async () => {
    const same = await run(["--to", "local"]);
    expect(same.output).toMatch(/ten sam/);
    expect(same.code).toBe(1);
    const unknown = await run(["--to", "dysk"]);
    expect(unknown.output).toContain("Magazyn to local, postgres albo s3.");
    expect(unknown.code).toBe(1);
  }, 60_000);

  it("moves PostgreSQL to S3, resuming an interrupted run, reporting missing and damaged files, removing only verified sources", async () => {
    const files = [...(await filesInEveryTable())];
    const postgres = postgresFileStore();
    for (const [key, bytes] of files) await postgres.write(key, bytes);
    const [[copiedBefore, bytesBefore], [missing], [damaged]] = files as [[string, Buffer], [string, Buffer], [string, Buffer], [string, Buffer]];
    await bucket.write(copiedBefore, bytesBefore); // an earlier run got this far
    await postgres.remove(missing);
    await postgres.write(damaged, Buffer.from("nie ta treść"));

    const report = await migrateFiles({ from: postgres, to: bucket, references: await listFileReferences(), removeSource: true });
    expect(report).toMatchObject({ files: 4, copied: 1, alreadyThere: 1, removedFromSource: 2, missing: [missing], damaged: [damaged], failed: [], invalidKeys: [] });
    for (const [key, bytes] of files) {
      const inBucket = await bucket.read(key);
      expect(inBucket === null ? null : sha256(inBucket)).toBe(key === missing || key === damaged ? null : sha256(bytes));
    }
    // Removed from the source: only the two verified in the bucket; the damaged one stays for a person to look at.
    expect((await db.storedFile.findMany({ select: { storageKey: true } })).map((row) => row.storageKey)).toEqual([damaged]);
    await db.storedFile.deleteMany();
  }, 120_000);
});
