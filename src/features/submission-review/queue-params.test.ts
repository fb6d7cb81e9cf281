import { describe, expect, it } from "vitest";
import { ageCutoff, queueHref, queueParamsSchema } from "./queue-params";

describe("queue parameters", () => {
  it("read the filters and fall back to the defaults for anything unexpected", () => {
    expect(queueParamsSchema.parse({})).toEqual({ stan: "oczekujace", wojewodztwo: undefined, wiek: undefined, strona: 1 });
    expect(queueParamsSchema.parse({ stan: "do-poprawy", wojewodztwo: "slaskie", wiek: "ponad-30-dni", strona: "3" })).toEqual({
      stan: "do-poprawy", wojewodztwo: "SLASKIE", wiek: "ponad-30-dni", strona: 3,
    });
    expect(queueParamsSchema.parse({ stan: "szkic", wojewodztwo: "SLASKIE", wiek: "ponad-1-dnia", strona: "-1" })).toEqual({
      stan: "oczekujace", wojewodztwo: undefined, wiek: undefined, strona: 1,
    });
    expect(queueParamsSchema.parse({ stan: ["nowe", "odrzucone"], wojewodztwo: ["<script>"] })).toMatchObject({ stan: "nowe", wojewodztwo: undefined });
  });

  it("make the URL back without the defaults", () => {
    const params = queueParamsSchema.parse({ stan: "nowe", wojewodztwo: "lodzkie", wiek: "ponad-7-dni" });
    expect(queueHref(params)).toBe("/admin/zgloszenia?stan=nowe&wojewodztwo=lodzkie&wiek=ponad-7-dni");
    expect(queueHref(params, { strona: 2 })).toBe("/admin/zgloszenia?stan=nowe&wojewodztwo=lodzkie&wiek=ponad-7-dni&strona=2");
    expect(queueHref(queueParamsSchema.parse({}))).toBe("/admin/zgloszenia");
  });

  it("count the age in whole days back from now", () => {
    expect(ageCutoff("ponad-7-dni", new Date("2026-12-10T12:00:00Z"))).toEqual(new Date("2026-12-03T12:00:00Z"));
  });
});
