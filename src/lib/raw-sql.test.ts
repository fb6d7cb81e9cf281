import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Raw SQL only as tagged templates (db.$queryRaw`…`, Prisma.sql), whose values are always sent as
// parameters. The "Unsafe" variants and Prisma.raw splice strings into SQL: none anywhere.

const ROOTS = ["src", "scripts", "tests", "prisma.config.ts"];
const SKIP = new Set(["node_modules", "generated", ".next", ".data"]);
const FORBIDDEN = [/\$queryRawUnsafe/, /\$executeRawUnsafe/, /Prisma\.raw\s*\(/, /\bsql\.raw\s*\(/];
const SELF = path.resolve("src/lib/raw-sql.test.ts");

function* sourceFiles(entry: string): Generator<string> {
  const stats = statSync(entry);
  if (stats.isFile()) {
    if (/\.(ts|tsx|mts|js|mjs)$/.test(entry)) yield entry;
    return;
  }
  for (const name of readdirSync(entry)) if (!SKIP.has(name)) yield* sourceFiles(path.join(entry, name));
}

describe("raw SQL", () => {
  it("is never built from strings ($queryRawUnsafe, $executeRawUnsafe, Prisma.raw)", () => {
    const offences: string[] = [];
    for (const root of ROOTS) {
      for (const file of sourceFiles(path.resolve(root))) {
        if (file === SELF) continue;
        const lines = readFileSync(file, "utf8").split("\n");
        lines.forEach((line, index) => {
          if (FORBIDDEN.some((pattern) => pattern.test(line))) offences.push(`${path.relative(process.cwd(), file)}:${index + 1}: ${line.trim()}`);
        });
      }
    }
    expect(offences).toEqual([]);
  });
});
