import { describe, expect, it } from "vitest";
import { migrateArgsSchema } from "./schema";

describe("files:migrate arguments", () => {
  it("takes a target and a source, and keeps the source's files unless told", () => {
    expect(migrateArgsSchema.parse({ to: "postgres", from: "local" })).toEqual({ to: "postgres", from: "local", "delete-source": false });
    expect(migrateArgsSchema.parse({ to: "s3", from: "postgres", "delete-source": true })["delete-source"]).toBe(true);
  });

  it("refuses an unknown store, a missing target, and copying a store onto itself, in Polish", () => {
    expect(migrateArgsSchema.safeParse({ to: "dysk", from: "local" }).error?.issues[0]?.message).toBe("Magazyn to local, postgres albo s3.");
    expect(migrateArgsSchema.safeParse({ from: "local" }).success).toBe(false);
    expect(migrateArgsSchema.safeParse({ to: "local", from: "local" }).error?.issues[0]?.message).toMatch(/ten sam/);
  });
});
