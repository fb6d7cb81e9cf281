import { createServer } from "node:net";

/** Resolves to an error message when `port` cannot be bound, before anything else is started. */
export function checkPortFree(port: number, hostname: string): Promise<string | null> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      resolve(
        error.code === "EADDRINUSE"
          ? `Port ${port} is already in use by another program; stop it or choose another port: PORT=3001 npm start`
          : `Cannot listen on ${hostname}:${port}: ${error.message}`,
      ),
    );
    probe.listen(port, hostname, () => probe.close(() => resolve(null)));
  });
}
