import { beforeEach, describe, expect, it } from "vitest";
import { createTestCategory, createTestPractice, createTestUser } from "../../../tests/factories";
import { resetDatabase } from "../../../tests/db/reset";
import { db } from "@/lib/db";
import { createCategory, deleteCategory, updateCategory } from "./mutations";
import { categoryFormSchema } from "./schema";

beforeEach(resetDatabase);

const input = (values: Partial<Record<"name" | "slug" | "description" | "parentId" | "position", string>>) =>
  categoryFormSchema.parse({ name: "Transport", slug: "", description: "", parentId: "", position: "0", ...values });

describe("category tree changes", () => {
  it("creates, renames (re-indexing its practices for search) and logs", async () => {
    const user = await createTestUser({ role: "ADMINISTRATOR" });
    const author = { id: user.id, email: user.email };
    const created = await createCategory(input({ name: "Transport publiczny" }), author);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await db.category.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ slug: "transport-publiczny", parentId: null });
    const practice = await createTestPractice({ categoryIds: [created.id] });
    expect(await updateCategory(created.id, input({ name: "Komunikacja miejska", slug: "komunikacja-miejska" }), author)).toEqual({ ok: true, id: created.id });
    const [row] = await db.$queryRaw<{ found: boolean }[]>`SELECT document @@ to_tsquery('simple', 'komunikacj:*') AS found FROM practice_search WHERE practice_id = ${practice.id}`;
    expect(row?.found).toBe(true);
    expect((await db.auditEvent.findMany({ orderBy: { id: "asc" } })).map((event) => event.action)).toEqual(["CATEGORY_CREATED", "CATEGORY_UPDATED"]);
  });

  it("refuses a taken address, a loop in the tree, and deleting a category in use", async () => {
    const user = await createTestUser({ role: "ADMINISTRATOR" });
    const author = { id: user.id, email: user.email };
    const parent = await createTestCategory("Rodzic");
    const child = await createTestCategory("Dziecko", parent.id);
    expect(await createCategory(input({ name: "Rodzic" }), author)).toMatchObject({ ok: false, field: "slug" });
    expect(await updateCategory(parent.id, input({ name: "Rodzic", parentId: String(child.id) }), author)).toMatchObject({ ok: false, field: "parentId" });
    expect(await deleteCategory(parent.id, author)).toMatchObject({ ok: false, field: "delete" });
    await createTestPractice({ categoryIds: [child.id] });
    expect(await deleteCategory(child.id, author)).toMatchObject({ ok: false, field: "delete" });
    const empty = await createTestCategory("Pusta");
    expect(await deleteCategory(empty.id, author)).toEqual({ ok: true, id: empty.id });
    expect(await db.auditEvent.count({ where: { action: "CATEGORY_DELETED" } })).toBe(1);
  });
});
