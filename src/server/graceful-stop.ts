import type { Server } from "node:http";

// Shutdown on SIGTERM (scripts/start.ts → Front.close): a deploy or a restart must not cut a
// visitor's page in half, nor lose the views counted for pages already sent.

/**
 * Stops taking connections and lets requests in flight finish: connections are closed as they go
 * idle (a keep-alive connection between two requests), and whatever is still open at the deadline is cut.
 */
export async function stopServing(server: Server, deadlineMs: number, log: (line: string) => void): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const sweeper = setInterval(() => server.closeIdleConnections(), 100);
  const deadline = new Promise<"late">((resolve) => setTimeout(() => resolve("late"), deadlineMs).unref());
  server.closeIdleConnections();
  if ((await Promise.race([closed, deadline])) === "late") {
    log(`HTTP front: requests still running after ${deadlineMs / 1000} s; closing their connections.`);
    server.closeAllConnections();
    await closed;
  }
  clearInterval(sweeper);
}
