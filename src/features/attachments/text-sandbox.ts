import { Worker } from "node:worker_threads";
import { env } from "@/lib/env";
import type { AttachmentFormatId } from "./formats";
import type { TextLimits, TextOutcome } from "./text-outcome";

// Text extraction runs in a worker thread of its own for each file, with a capped heap and a
// deadline: a hostile or huge file (a PDF whose pages loop, a bomb of XML) costs at most that
// thread, which is terminated, never the site's event loop or memory. The thread is started with
// tsx, as the server is (npm start), so it runs the TypeScript sources as they are.

export type SandboxTask = { bytes: Uint8Array; format: AttachmentFormatId; limits: TextLimits };
export type SandboxLimits = TextLimits & { timeoutMs: number; maxHeapMb: number };

/** The limits set by the environment (ATTACHMENT_TEXT_*, src/lib/env.ts). */
export function sandboxLimits(): SandboxLimits {
  const { ATTACHMENT_TEXT_TIMEOUT_SECONDS, ATTACHMENT_TEXT_MAX_PAGES, ATTACHMENT_TEXT_MAX_CHARS, ATTACHMENT_TEXT_MAX_HEAP_MB } = env();
  return { timeoutMs: ATTACHMENT_TEXT_TIMEOUT_SECONDS * 1000, maxPages: ATTACHMENT_TEXT_MAX_PAGES, maxChars: ATTACHMENT_TEXT_MAX_CHARS, maxHeapMb: ATTACHMENT_TEXT_MAX_HEAP_MB };
}

const WORKER = new URL("./text-sandbox-worker.ts", import.meta.url).href;
// Worker threads do not take --import from execArgv in Node 20: the thread registers tsx itself.
const BOOTSTRAP = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(WORKER)}); })`;

export function extractInSandbox(bytes: Uint8Array, format: AttachmentFormatId, limits: SandboxLimits): Promise<TextOutcome> {
  const task: SandboxTask = { bytes, format, limits: { maxPages: limits.maxPages, maxChars: limits.maxChars } };
  return new Promise((resolve) => {
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: task,
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
      stdout: true, // pdf.js may print; the server's log is not its place
      stderr: true,
    });
    // Read and dropped, so that nothing it prints piles up in the site's memory.
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const finish = (outcome: TextOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ status: "FAILED", error: `przekroczono czas (${limits.timeoutMs / 1000} s)` }), limits.timeoutMs);
    worker.on("message", (outcome: TextOutcome) => finish(outcome));
    worker.on("error", (error: Error & { code?: string }) =>
      finish({ status: "FAILED", error: error.code === "ERR_WORKER_OUT_OF_MEMORY" ? `przekroczono pamięć (${limits.maxHeapMb} MB)` : error.message.slice(0, 500) }),
    );
    worker.on("exit", (code) => finish({ status: "FAILED", error: `wątek zakończony (kod ${code})` }));
  });
}
