// `npm run bench:observability`: what the request log and the metrics (src/server/log.ts,
// metrics.ts) cost a prerendered page, the cheapest answer and so the one they weigh on most.
// The production site is started alternately with and without them (BDP_BENCH_NO_OBSERVATION),
// twice each, and /o-banku measured with wrk; prints the ratio of the means.
import { throwawayDatabase, startSite, wrk, type WrkResult } from "./bench/harness";

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
