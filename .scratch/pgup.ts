import { startEmbeddedPostgres } from "/work/main/src/lib/embedded-postgres";
import { writeFileSync } from "node:fs";
const d = await startEmbeddedPostgres({ dataDir: "/work/main/.bench/search-postgres", database: "bdp_bench" });
writeFileSync("/tmp/pgurl", d.url);
console.log(d.url);
setInterval(() => {}, 1 << 30);
process.on("SIGTERM", async () => { await d.stop(); process.exit(0); });
