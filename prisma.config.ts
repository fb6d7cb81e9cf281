import { defineConfig } from "prisma/config";

// The Prisma CLI reads its connection here; the app and scripts get theirs from src/lib/env.ts.
// `prisma generate` needs no database, so an unset DATABASE_URL is fine for it.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/db-seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
