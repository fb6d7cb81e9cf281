// A test S3 server (s3rver) in a process of its own, so that the benchmark's memory figures are
// the reading side's only. Prints its settings as one JSON line, stops on SIGTERM.
import { startS3Server } from "../../tests/support/s3-server";

const server = await startS3Server("bdp-bench");
console.log(JSON.stringify(server.settings));
process.once("SIGTERM", () => void server.stop().then(() => process.exit(0)));
