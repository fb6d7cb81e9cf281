import { describe, expect, it } from "vitest";
import { CATEGORY_ROUTE, PRACTICE_ROUTE, RecordGate, UNROUTED_PATH } from "./record-gate";

function gateWith(practices: string[], categories: string[]) {
  const lookups: string[] = [];
  const gate = new RecordGate([
    { pattern: PRACTICE_ROUTE, exists: async (slug) => (lookups.push(slug), practices.includes(slug)) },
    { pattern: CATEGORY_ROUTE, exists: async (slug) => (lookups.push(slug), categories.includes(slug)) },
  ]);
  return { gate, lookups };
}

describe("RecordGate", () => {
  it("passes known records and every other address through unchanged", async () => {
    const { gate } = gateWith(["spa-w-bytomiu"], ["kultura"]);
    expect(await gate.urlFor("/praktyki/spa-w-bytomiu/zalaczniki", "/praktyki/spa-w-bytomiu/zalaczniki?x=1")).toBe("/praktyki/spa-w-bytomiu/zalaczniki?x=1");
    expect(await gate.urlFor("/kategorie/kultura", "/kategorie/kultura?strona=2")).toBe("/kategorie/kultura?strona=2");
    expect(await gate.urlFor("/o-banku", "/o-banku")).toBe("/o-banku");
  });

  it("leaves the content pages to Next without asking the database (they exist or 404 by themselves)", async () => {
    const { gate, lookups } = gateWith([], []);
    for (const url of ["/mapa?typ=powiat&kategoria=kultura", "/statystyki", "/publikacje", "/publikacje/3", "/publikacje/999999", "/inne-bazy"]) {
      expect(await gate.urlFor(new URL(url, "http://localhost").pathname, url)).toBe(url);
    }
    expect(lookups).toEqual([]);
  });

  it("sends unknown and malformed slugs to the 404 page without asking the database about junk", async () => {
    const { gate, lookups } = gateWith([], []);
    expect(await gate.urlFor("/praktyki/nie-ma", "/praktyki/nie-ma")).toBe(UNROUTED_PATH);
    expect(await gate.urlFor("/kategorie/nie-ma", "/kategorie/nie-ma")).toBe(UNROUTED_PATH);
    expect(await gate.urlFor("/praktyki/<script>", "/praktyki/%3Cscript%3E")).toBe(UNROUTED_PATH);
    expect(await gate.urlFor(`/praktyki/${"a".repeat(5000)}`, "/x")).toBe(UNROUTED_PATH);
    expect(lookups).toEqual(["nie-ma", "nie-ma"]);
  });

  it("remembers records it found, so popular pages cost no query", async () => {
    const { gate, lookups } = gateWith(["spa-w-bytomiu"], []);
    for (let i = 0; i < 3; i++) await gate.urlFor("/praktyki/spa-w-bytomiu", "/praktyki/spa-w-bytomiu");
    expect(lookups).toEqual(["spa-w-bytomiu"]);
  });
});
