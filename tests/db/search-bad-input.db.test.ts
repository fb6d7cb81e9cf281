import { beforeAll, describe, expect, it } from "vitest";
import { RESULTS_PER_PAGE, runSearch, type SearchOutcome } from "../../src/features/search/run-search";
import { MAX_QUERY_LENGTH, searchParamsSchema, type SearchParams } from "../../src/features/search/schema";
import { db } from "../../src/lib/db";
import { DEMO_PRACTICE_COUNT, expectHonoursFilters, P, seedDemoCatalogue } from "./search-fixtures";

// Hostile and malformed query strings, as a URL or a bot could send them: /szukaj never fails on
// them. Each raw query object goes through searchParamsSchema.parse and runSearch, exactly as the
// page and the open-data API do; malformed values fall back, unknown ones are dropped, and the
// query text can neither reach the tsquery syntax nor change the database.

type Raw = Record<string, unknown>;
type Case = { name: string; raw: Raw; check?: (params: SearchParams, outcome: SearchOutcome) => void | Promise<void> };

let tableCounts: Record<string, number>;

async function countRows(): Promise<Record<string, number>> {
  const [row] = await db.$queryRaw<Record<string, number>[]>`
    SELECT (SELECT count(*) FROM practice)::int AS practice, (SELECT count(*) FROM category)::int AS category,
      (SELECT count(*) FROM practice_category)::int AS practice_category, (SELECT count(*) FROM search_term)::int AS search_term`;
  return row!;
}

/** The slugs a plain, well-formed query finds: the yardstick for queries with junk around words. */
async function slugsOf(raw: Raw): Promise<string[]> {
  return (await runSearch(searchParamsSchema.parse(raw))).results.map((r) => r.slug);
}

const ALL = DEMO_PRACTICE_COUNT;
const LAST_PAGE = Math.ceil(ALL / RESULTS_PER_PAGE);
const everything = (_: SearchParams, o: SearchOutcome) => expect(o.total).toBe(ALL);
const nothingOrEverything = (_: SearchParams, o: SearchOutcome) => expect([0, ALL]).toContain(o.total);
const findsRevitalisation = (_: SearchParams, o: SearchOutcome) => expect(o.results.map((r) => r.slug)).toContain(P.bielsko);

const CASES: Case[] = [
  // ── Unknown filter values are dropped ────────────────────────────────────────────────────
  { name: "unknown voivodeship", raw: { wojewodztwo: "mars" }, check: (p, o) => (expect(p.wojewodztwo).toEqual([]), everything(p, o)) },
  { name: "voivodeship label instead of slug", raw: { wojewodztwo: "śląskie" }, check: (p) => expect(p.wojewodztwo).toEqual([]) },
  { name: "voivodeship enum value instead of slug", raw: { wojewodztwo: "SLASKIE" }, check: (p) => expect(p.wojewodztwo).toEqual([]) },
  { name: "path traversal as category", raw: { kategoria: "../../etc" }, check: (p, o) => (expect(p.kategoria).toEqual([]), everything(p, o)) },
  { name: "unknown but well-formed category", raw: { kategoria: "nie-ma-takiej-kategorii" }, check: everything },
  { name: "overlong category slug", raw: { kategoria: "a".repeat(101) }, check: (p) => expect(p.kategoria).toEqual([]) },
  {
    name: "known and unknown categories together",
    raw: { kategoria: ["kultura", "../../etc", "nie-ma", "%"] },
    check: async (p, o) => {
      expect(o.total).toBe(await db.practice.count({ where: { status: "PUBLISHED", categories: { some: { category: { slug: "kultura" } } } } }));
      await expectHonoursFilters(o.results.map((r) => r.slug), p);
    },
  },
  { name: "unknown unit type", raw: { typ: "DROP TABLE" }, check: (p, o) => (expect(p.typ).toEqual([]), everything(p, o)) },
  { name: "unknown population band", raw: { ludnosc: ["milion", "0-0", "do-5-tys"] }, check: (p) => expect(p.ludnosc).toEqual(["do-5-tys"]) },
  { name: "unknown sort", raw: { q: "szkoła", sort: "id; DROP TABLE practice" }, check: (p) => expect(p.sort).toBe("trafnosc") },
  { name: "relevance sort without words", raw: { sort: "trafnosc" }, check: (p) => expect(p.sort).toBe("najnowsze") },
  { name: "1,000 repeated unknown voivodeships", raw: { wojewodztwo: Array.from({ length: 1000 }, (_, i) => `mars-${i}`) }, check: everything },
  { name: "1,000 huge category values", raw: { kategoria: Array.from({ length: 1000 }, () => "x".repeat(10_000)) }, check: everything },

  // ── Page numbers ────────────────────────────────────────────────────────────────────────
  { name: "strona=-1", raw: { strona: "-1" }, check: (_, o) => expect(o.page).toBe(1) },
  { name: "strona=0", raw: { strona: "0" }, check: (_, o) => expect(o.page).toBe(1) },
  { name: "strona=abc", raw: { strona: "abc" }, check: (_, o) => expect(o.page).toBe(1) },
  { name: "strona=1.5", raw: { strona: "1.5" }, check: (_, o) => expect(o.page).toBe(1) },
  { name: "strona=1e3", raw: { strona: "1e3" }, check: (_, o) => expect([1, LAST_PAGE]).toContain(o.page) },
  { name: "strona=Infinity", raw: { strona: "Infinity" }, check: (_, o) => expect([1, LAST_PAGE]).toContain(o.page) },
  { name: "strona past the last page", raw: { strona: String(LAST_PAGE + 1) }, check: (_, o) => (expect(o.page).toBe(LAST_PAGE), expect(o.results.length).toBe(ALL - (LAST_PAGE - 1) * RESULTS_PER_PAGE)) },
  { name: "strona=999999", raw: { strona: "999999" }, check: (_, o) => expect(o.page).toBe(LAST_PAGE) },
  { name: "strona=99999999", raw: { strona: "99999999" }, check: (_, o) => expect([1, LAST_PAGE]).toContain(o.page) },
  { name: "strona=99999999 with words", raw: { q: "bezrobotnych", strona: "99999999" }, check: (_, o) => expect(o.page).toBe(1) },
  { name: "repeated strona", raw: { strona: ["2", "3"] }, check: (_, o) => expect(o.page).toBe(2) },

  // ── Long queries ────────────────────────────────────────────────────────────────────────
  { name: "5,000-character query", raw: { q: "rewitalizacja ".repeat(400).slice(0, 5000) }, check: (p, o) => (expect(p.q).toHaveLength(MAX_QUERY_LENGTH), findsRevitalisation(p, o)) },
  { name: "5,000-character single word", raw: { q: "a".repeat(5000) }, check: (p) => expect(p.q).toHaveLength(MAX_QUERY_LENGTH) },
  { name: "5,000 characters of whitespace", raw: { q: " \t\n".repeat(1700) }, check: (p, o) => (expect(p.q).toBe(""), everything(p, o)) },
  { name: "200 different words", raw: { q: Array.from({ length: 200 }, (_, i) => `słowo${i}`).join(" ") }, check: (p) => expect(p.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH) },

  // ── tsquery syntax is never interpreted ─────────────────────────────────────────────────
  { name: "(((", raw: { q: "(((" }, check: nothingOrEverything },
  { name: "&|!", raw: { q: "&|!" }, check: nothingOrEverything },
  { name: "a:* | b", raw: { q: "a:* | b" } },
  { name: "<->", raw: { q: "<->" }, check: nothingOrEverything },
  { name: "<2>", raw: { q: "rewitalizacji <2> bezrobotnych" } },
  { name: "!!", raw: { q: "!!" }, check: nothingOrEverything },
  { name: "negation is not applied", raw: { q: "!rewitalizacji" }, check: findsRevitalisation },
  { name: "weights and prefix markers are not applied", raw: { q: "rewitalizacji:*AB" }, check: findsRevitalisation },
  { name: "quoted lexeme", raw: { q: "'rewitalizacji'" }, check: findsRevitalisation },
  { name: "unbalanced parenthesis after a word", raw: { q: "rewitalizacji & (" }, check: findsRevitalisation },
  { name: "unbalanced double quote", raw: { q: '"rewitalizacji' }, check: findsRevitalisation },
  { name: "only double quotes", raw: { q: '"""""' }, check: nothingOrEverything },

  // ── SQL- and LIKE-like text ─────────────────────────────────────────────────────────────
  { name: "'; DROP TABLE practice; --", raw: { q: "'; DROP TABLE practice; --" } },
  { name: "' OR '1'='1", raw: { q: "' OR '1'='1" } },
  { name: "pg_sleep", raw: { q: "1); SELECT pg_sleep(10); --" } },
  { name: "$$ dollar quoting $$", raw: { q: "$$; DELETE FROM practice; $$" } },
  { name: "%", raw: { q: "%" }, check: nothingOrEverything },
  { name: "_", raw: { q: "_" }, check: nothingOrEverything },
  { name: "%_%", raw: { q: "%_%" }, check: nothingOrEverything },
  { name: "LIKE wildcards around a word", raw: { q: "%rewitalizacji_" }, check: findsRevitalisation },
  { name: "backslash", raw: { q: "\\" }, check: nothingOrEverything },
  { name: "backslashes and quotes", raw: { q: "\\\\'\\\"\\" }, check: nothingOrEverything },
  { name: "backslash after a word", raw: { q: "rewitalizacji\\" }, check: findsRevitalisation },

  // ── Control characters and exotic Unicode ───────────────────────────────────────────────
  { name: "NUL alone", raw: { q: "\u0000" } },
  { name: "NUL after a found word", raw: { q: "rewitalizacji\u0000" }, check: findsRevitalisation },
  { name: "NUL in a query that finds nothing", raw: { q: "abc\u0000" } },
  { name: "NUL between unknown words", raw: { q: "xyzzy\u0000plugh" } },
  { name: "other control characters", raw: { q: "\u0001\u0007\u001b[31mqqq\u007f" } },
  { name: "emoji", raw: { q: "😀🎉" }, check: nothingOrEverything },
  { name: "emoji with a word", raw: { q: "rewitalizacja 😀" }, check: findsRevitalisation },
  { name: "ZWJ emoji sequence", raw: { q: "👨‍👩‍👧‍👦" }, check: nothingOrEverything },
  { name: "Hebrew (RTL)", raw: { q: "שלום עולם" } },
  { name: "Arabic (RTL)", raw: { q: "مرحبا بالعالم" } },
  { name: "RTL override around a word", raw: { q: "\u202Erewitalizacja\u202C" }, check: findsRevitalisation },
  { name: "lone surrogate", raw: { q: "rewitalizacja \uD800" }, check: findsRevitalisation },
  { name: "Chinese", raw: { q: "地方政府 最佳实践" } },
  { name: "Turkish dotted capital I", raw: { q: "İSTANBUL" } },

  // ── Wrong types: arrays and objects where strings are expected ──────────────────────────
  { name: "q as an array", raw: { q: ["rewitalizacji", "bezrobotnych"] }, check: (p, o) => (expect(p.q).toBe("rewitalizacji"), findsRevitalisation(p, o)) },
  { name: "q as an object", raw: { q: { toString: "rewitalizacji" } }, check: (p, o) => (expect(p.q).toBe(""), everything(p, o)) },
  { name: "q as a number", raw: { q: 42 }, check: (p) => expect(p.q).toBe("") },
  { name: "q as nested arrays", raw: { q: [["rewitalizacji"]] }, check: (p) => expect(p.q).toBe("") },
  { name: "voivodeship as a nested array", raw: { wojewodztwo: [["slaskie"]] }, check: (p, o) => (expect(p.wojewodztwo).toEqual([]), everything(p, o)) },
  { name: "voivodeship as an object", raw: { wojewodztwo: { 0: "slaskie" } }, check: (p) => expect(p.wojewodztwo).toEqual([]) },
  { name: "category as null", raw: { kategoria: null }, check: (p) => expect(p.kategoria).toEqual([]) },
  { name: "sort as an array", raw: { sort: ["tytul", "najnowsze"] }, check: (p) => expect(p.sort).toBe("tytul") },
  { name: "years as arrays", raw: { od: ["2010", "2020"], do: ["2012"] }, check: (p) => (expect(p.od).toBe(2010), expect(p.do).toBe(2012)) },
  { name: "prototype keys", raw: JSON.parse('{"__proto__": {"q": "x"}, "constructor": {"prototype": {}}, "q": "bezrobotnych"}') as Raw },

  // ── Years ───────────────────────────────────────────────────────────────────────────────
  {
    name: "od later than do",
    raw: { od: "2020", do: "2010" },
    // Either nothing, or (if the owner chooses to swap them) only practices of 2010–2020.
    check: (_, o) => {
      for (const r of o.results) expect(r.enteredOn.getUTCFullYear()).toBeGreaterThanOrEqual(2010);
      for (const r of o.results) expect(r.enteredOn.getUTCFullYear()).toBeLessThanOrEqual(2020);
    },
  },
  { name: "year 99999", raw: { od: "99999", do: "99999" }, check: (p, o) => (expect(p.od).toBeUndefined(), expect(p.do).toBeUndefined(), everything(p, o)) },
  { name: "negative and zero years", raw: { od: "-5", do: "0" }, check: (p) => (expect(p.od).toBeUndefined(), expect(p.do).toBeUndefined()) },
  { name: "non-numeric years", raw: { od: "2010abc", do: "dwa tysiące" }, check: (p) => (expect(p.od).toBeUndefined(), expect(p.do).toBeUndefined()) },
  { name: "fractional year", raw: { od: "2010.5" }, check: (p) => expect(p.od).toBeUndefined() },
];

beforeAll(async () => {
  await seedDemoCatalogue();
  tableCounts = await countRows();
  expect(tableCounts.practice).toBe(ALL);
});

describe("hostile search input", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const params = searchParamsSchema.parse(c.raw);
    const outcome = await runSearch(params);
    expect(params.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(outcome.shownQuery.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(outcome.page).toBeGreaterThanOrEqual(1);
    expect(outcome.page).toBeLessThanOrEqual(outcome.pageCount);
    expect(outcome.results.length).toBeLessThanOrEqual(RESULTS_PER_PAGE);
    // A page with results is never empty, whatever page was asked for.
    if (outcome.total > 0) expect(outcome.results.length).toBeGreaterThan(0);
    else expect(outcome.results).toEqual([]);
    await expectHonoursFilters(outcome.results.map((r) => r.slug), params);
    await c.check?.(params, outcome);
  });

  it("treats tsquery operators between words as plain separators", async () => {
    const plain = await slugsOf({ q: "rewitalizacji bezrobotnych" });
    expect(plain.length).toBeGreaterThan(0);
    for (const q of ["rewitalizacji | bezrobotnych", "rewitalizacji & bezrobotnych", "rewitalizacji <-> bezrobotnych", "(rewitalizacji) !bezrobotnych", "rewitalizacji:* | bezrobotnych:*"]) {
      expect(await slugsOf({ q }), q).toEqual(plain);
    }
  });

  it("finds with a decomposed (NFD) query what it finds with the same text composed (NFC)", async () => {
    for (const q of ["Łódź", "Świdnica", "Ostrowiec Świętokrzyski"]) {
      expect(await slugsOf({ q: q.normalize("NFD") }), q).toEqual(await slugsOf({ q }));
    }
  });

  it("leaves every table as it was", async () => {
    expect(await countRows()).toEqual(tableCounts);
    expect(await db.practice.count({ where: { status: "PUBLISHED" } })).toBe(ALL);
  });
});
