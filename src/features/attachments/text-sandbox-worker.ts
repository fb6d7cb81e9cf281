import { parentPort, workerData } from "node:worker_threads";
import type { SandboxTask } from "./text-sandbox";
import { extractText } from "./text-extraction";

// The worker thread of text-sandbox.ts: one file, one answer, then the thread ends.
const task = workerData as SandboxTask;
parentPort?.postMessage(await extractText(task.bytes, task.format, task.limits));
