// `npm run bench:observability`: what the request log and the metrics (src/server/log.ts,
// metrics.ts) cost a prerendered page, the cheapest answer and so the one they weigh on most.
// The production site is started alternately with and without them (BDP_BENCH_NO_OBSERVATION),
// twice each, and /o-banku measured with wrk; prints the ratio of the means. On a busy shared
// machine the site's own throughput varies more than their cost, so a bare server with and
// without them (bench/observed-server.ts) measures that cost per request as well.
import { spawn } from "node:child_process";
import { throwawayDatabase, startSite, wrk, type WrkResult } from "./bench/harness";

const BARE_PORT = 3211;
const bare: { observed: boolean; rps: number }[] = [];
for (const observed of [true, false, true, false, true, false]) {
  // stdout to /dev/null: each line is still one synchronous write, as to a pipe read by a collector.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench/observed-server.ts", String(BARE_PORT), observed ? "observed" : "bare"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    for (let ready = false; !ready; ) ready = await fetch(`http://127.0.0.1:${BARE_PORT}/`).then(() => true, () => new Promise((resolve) => setTimeout(() => resolve(false), 200)));
    wrk(`http://127.0.0.1:${BARE_PORT}/o-banku`, 2);
    const { rps } = wrk(`http://127.0.0.1:${BARE_PORT}/o-banku`, 10);
    bare.push({ observed, rps });
    console.log(`bare server ${observed ? "with" : "without"} logs and metrics: ${rps.toFixed(0)} req/s`);
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
}
const bareMean = (observed: boolean) => bare.filter((entry) => entry.observed === observed).reduce((sum, entry) => sum + entry.rps, 0) / 3;

const PORT = 3210;
const SECONDS = 15;
const ROUNDS = [true, false, true, false];

const database = await throwawayDatabase(".bench/observability-postgres");
const { disconnectDb } = await import("../src/lib/db");
const { seedDemoData } = await import("./seed");
await seedDemoData({ log: console.log, demoAccount: false });
await disconnectDb();

const results: { observed: boolean; result: WrkResult }[] = [];
try {
  for (const observed of ROUNDS) {
    const site = await startSite(database.url, PORT, { BDP_BENCH_NO_OBSERVATION: observed ? "0" : "1" });
    try {
      wrk(`http://127.0.0.1:${PORT}/o-banku`, 3); // warm-up
      const result = wrk(`http://127.0.0.1:${PORT}/o-banku`, SECONDS);
      results.push({ observed, result });
      console.log(`/o-banku ${observed ? "with" : "without"} logs and metrics: ${result.rps.toFixed(0)} req/s`);
    } finally {
      await site.stop();
    }
  }
} finally {
  await database.stop();
}

const mean = (observed: boolean, pick: (result: WrkResult) => number) => {
  const picked = results.filter((entry) => entry.observed === observed).map((entry) => pick(entry.result));
  return picked.reduce((sum, value) => sum + value, 0) / picked.length;
};
console.log(`\nBenchmark: /o-banku, wrk -t2 -c10 -d${SECONDS}s, production server, rounds alternating (with, without, with, without)\n`);
console.log("| | req/s (each round) | mean req/s | p50 ms | p99 ms |");
console.log("|---|---|---:|---:|---:|");
for (const observed of [false, true]) {
  const rounds = results.filter((entry) => entry.observed === observed).map((entry) => entry.result.rps.toFixed(0));
  console.log(
    `| ${observed ? "with" : "without"} request log and metrics | ${rounds.join(", ")} | ${mean(observed, (r) => r.rps).toFixed(0)} | ${mean(observed, (r) => r.p50).toFixed(1)} | ${mean(observed, (r) => r.p99).toFixed(1)} |`,
  );
}
console.log(`\nWith / without: ${((mean(true, (r) => r.rps) / mean(false, (r) => r.rps)) * 100).toFixed(0)}% of the throughput.`);

const microseconds = (1 / bareMean(true) - 1 / bareMean(false)) * 1e6;
console.log(
  `\nBare server (one process, the same small page): ${bareMean(false).toFixed(0)} req/s without, ${bareMean(true).toFixed(0)} with ` +
    `(${((bareMean(true) / bareMean(false)) * 100).toFixed(0)}%): about ${microseconds.toFixed(0)} µs of the process's time per request.`,
);
