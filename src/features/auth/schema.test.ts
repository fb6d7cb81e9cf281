import { describe, expect, it } from "vitest";
import { emailSchema, returnToSchema } from "./schema";

describe("returnToSchema", () => {
  it("keeps addresses inside the admin", () => {
    expect(returnToSchema.parse("/admin/praktyki/12?zapisano=1")).toBe("/admin/praktyki/12?zapisano=1");
    expect(returnToSchema.parse("/admin")).toBe("/admin");
  });

  it("never sends the editor to another site or outside the admin", () => {
    for (const hostile of ["//evil.example/admin", "https://evil.example/admin", "/admin/../praktyki", "/adminx", "/\\evil.example", "/admin\\@evil", "/", 42]) {
      expect(returnToSchema.parse(hostile)).toBe("/admin");
    }
  });
});

describe("emailSchema", () => {
  it("trims and lowercases", () => {
    expect(emailSchema.parse("  Anna.Nowak@Gmina.PL ")).toBe("anna.nowak@gmina.pl");
  });

  it("explains a malformed address in Polish", () => {
    expect(emailSchema.safeParse("anna").error?.issues[0]?.message).toMatch(/poprawnej postaci/);
  });
});
