// `npm run bench:files`: each file store (local disk, PostgreSQL chunks, S3 through s3rver) —
// write throughput of 20 MB files, and the reading process's memory while a 20 MB file is read
// as a download used to read it (whole, `read`) and as it does now (streamed, `open`). PostgreSQL
// (embedded) and the S3 server run in processes of their own, so the figures are the site's side.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { randomBytes } from "node:crypto";
import { throwawayDatabase } from "./bench/harness";

const FILES = 10;
const FILE_BYTES = 20_000_000;
const MB = 1e6;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("Run with node --expose-gc (npm run bench:files does).");

const database = await throwawayDatabase(".bench/files-postgres");
const { localFileStore } = await import("../src/features/file-store/local-store");
const { postgresFileStore } = await import("../src/features/file-store/postgres-store");
const { s3FileStore } = await import("../src/features/file-store/s3-store");
const { disconnectDb } = await import("../src/lib/db");
type FileStore = ReturnType<typeof localFileStore>;

const s3Process = spawn(process.execPath, ["--import", "tsx", "scripts/bench/s3-server-process.ts"], { stdio: ["ignore", "pipe", "inherit"] });
const s3Settings = JSON.parse(await new Promise<string>((resolve) => createInterface({ input: s3Process.stdout! }).once("line", resolve)));
const directory = await mkdtemp(path.join(tmpdir(), "bdp-bench-files-"));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let sample = () => {};

/**
 * Peak growth of the process's buffers (ArrayBuffers, outside the JS heap) and of its RSS while
 * `work` runs. Buffers freed by a collection are released a moment later, hence the pauses before
 * the baseline; `drain` collects every 2 MB, so a streamed read counts what it holds, not its garbage.
 */
async function peakGrowth(work: () => Promise<unknown>): Promise<{ seconds: number; buffersMb: number; rssMb: number }> {
  for (let round = 0; round < 3; round += 1) {
    gc!();
    await sleep(50);
  }
  const before = process.memoryUsage();
  let buffers = before.arrayBuffers;
  let rss = before.rss;
  sample = () => {
    const now = process.memoryUsage();
    buffers = Math.max(buffers, now.arrayBuffers);
    rss = Math.max(rss, now.rss);
  };
  const sampler = setInterval(() => sample(), 2);
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  sample();
  clearInterval(sampler);
  return { seconds, buffersMb: (buffers - before.arrayBuffers) / MB, rssMb: (rss - before.rss) / MB };
}

async function drain(stream: ReadableStream<Uint8Array>, { collect = false } = {}): Promise<number> {
  let bytes = 0;
  let sinceCollection = 0;
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    bytes += next.value.byteLength;
    sinceCollection += next.value.byteLength;
    if (collect && sinceCollection >= 2_000_000) {
      sample();
      gc!();
      sinceCollection = 0;
    }
  }
  return bytes;
}

const fmt = (value: number) => value.toFixed(1);

async function measure(name: string, store: FileStore): Promise<void> {
  const contents = Array.from({ length: FILES }, () => randomBytes(FILE_BYTES));
  const keys: string[] = [];
  const write = await peakGrowth(async () => {
    for (const content of contents) keys.push(await store.put(content));
  });
  contents.length = 0;
  const whole = await peakGrowth(async () => {
    const bytes = await store.read(keys[0]!);
    sample();
    return bytes;
  });
  const streamed = await peakGrowth(async () => drain((await store.open(keys[1]!))!.stream, { collect: true }));
  const readAll = await peakGrowth(async () => {
    for (const key of keys) await drain((await store.open(key))!.stream);
  });
  console.log(
    `| ${name} | ${fmt((FILES * FILE_BYTES) / MB / write.seconds)} MB/s | ${fmt((FILES * FILE_BYTES) / MB / readAll.seconds)} MB/s | ` +
      `${fmt(whole.buffersMb)} / ${fmt(whole.rssMb)} | ${fmt(streamed.buffersMb)} / ${fmt(streamed.rssMb)} |`,
  );
  for (const key of keys) await store.remove(key);
}

const s3 = s3FileStore(s3Settings);
try {
  console.log(`\n${FILES} × ${FILE_BYTES / MB} MB; memory: peak growth of buffers / RSS in MB while one 20 MB file is read\n`);
  console.log("| store | write (put) | read (streamed) | one file read whole (before) | one file streamed (now) |\n|---|---:|---:|---:|---:|");
  await measure("local", localFileStore(directory));
  await measure("postgres", postgresFileStore());
  await measure("s3 (s3rver)", s3);
} finally {
  s3.close();
  s3Process.kill("SIGTERM");
  await rm(directory, { recursive: true, force: true });
  await disconnectDb();
  await database.stop();
}
