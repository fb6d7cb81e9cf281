import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { updateCategory } from "../../src/features/category/mutations";
import { practiceApiResponse, searchApiResponse } from "../../src/features/open-data/api";
import { CSV_HEADER, searchCsvResponse } from "../../src/features/open-data/csv-export";
import { bankFeedResponse, categoryFeedResponse, FEED_SIZE, voivodeshipFeedResponse } from "../../src/features/open-data/feeds";
import { listSitemapChunks, sitemapChunkStart } from "../../src/features/open-data/data";
import { practiceSitemapStream, sitemapIndexResponse, sitemapResponse } from "../../src/features/open-data/sitemaps";
import { searchParamsSchema } from "../../src/features/search/schema";
import { ACCESSIBILITY_STATEMENT_DATES, PAGE_CONTENT_DATES } from "../../src/features/site/operator";
import { db } from "../../src/lib/db";
import { absoluteUrl } from "../../src/lib/public-url";
import { createTestCategory, createTestPractice, createTestUser } from "../factories";
import { allResultSlugs, seedDemoCatalogue } from "./search-fixtures";

// The open-data handlers against the demo catalogue plus records made to be awkward: a draft,
// an unpublished practice, and a published one whose text is full of CSV and XML hazards.
// Handlers are called as Next calls them (a Request in, a Response out); the expected answers
// come from Prisma, not from the handlers' own queries.

const HOSTILE_TITLE = 'Ławka, „cudzysłów” i "cytat"\nw dwóch wierszach </title><script>alert(1)</script> & żółć';
const HOSTILE_SUMMARY = '=HYPERLINK("http://zlo.example","kliknij"), potem @SUMA i +48';
let hostileSlug: string;
let draftSlug: string;
let unpublishedSlug: string;

const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["entry", "url", "sitemap", "category"].includes(name) });

async function publishedSlugs(where: object = {}): Promise<string[]> {
  const rows = await db.practice.findMany({ where: { status: "PUBLISHED", ...where }, select: { slug: true } });
  return rows.map((row) => row.slug).sort();
}

function csvRows(bytes: Uint8Array): string[][] {
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(new TextDecoder().decode(bytes.slice(3)), { record_delimiter: "\r\n", relax_column_count: false });
}

beforeAll(async () => {
  await seedDemoCatalogue();
  const kultura = await db.category.findUniqueOrThrow({ where: { slug: "kultura" } });
  hostileSlug = (await createTestPractice({ title: HOSTILE_TITLE, summary: HOSTILE_SUMMARY, slug: "lawka-cudzyslow-test", categoryIds: [kultura.id] })).slug;
  draftSlug = (await createTestPractice({ status: "DRAFT", categoryIds: [kultura.id] })).slug;
  unpublishedSlug = (await createTestPractice({ status: "UNPUBLISHED", categoryIds: [kultura.id] })).slug;
});

describe("CSV export", () => {
  it("holds every practice of the search, in the order of /szukaj's pages, with Polish letters", async () => {
    const raw = { wojewodztwo: "slaskie", sort: "tytul" };
    const response = await searchCsvResponse(request(`/szukaj.csv?${new URLSearchParams(raw)}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="bdp-praktyki-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = csvRows(new Uint8Array(await response.arrayBuffer()));
    expect(rows[0]).toEqual(CSV_HEADER);
    const slugs = rows.slice(1).map((row) => row[0]);
    expect(slugs).toEqual(await allResultSlugs(searchParamsSchema.parse(raw)));
    expect(slugs.length).toBeGreaterThan(1);
    expect(rows.slice(1).every((row) => row[4] === "śląskie")).toBe(true);
  });

  it("exports all published practices without filters, and never a draft", async () => {
    const response = await searchCsvResponse(request("/szukaj.csv"));
    const rows = csvRows(new Uint8Array(await response.arrayBuffer()));
    expect(rows.slice(1).map((row) => row[0]).sort()).toEqual(await publishedSlugs());
    expect(response.headers.get("x-total-count")).toBe(String(rows.length - 1));
  });

  it("keeps commas, quotes and line breaks in one cell and defuses formulas", async () => {
    const response = await searchCsvResponse(request("/szukaj.csv?kategoria=kultura"));
    const rows = csvRows(new Uint8Array(await response.arrayBuffer()));
    const hostile = rows.find((row) => row[0] === hostileSlug)!;
    expect(hostile).toHaveLength(CSV_HEADER.length);
    expect(hostile[1]).toBe(HOSTILE_TITLE);
    expect(hostile[2]).toBe(`'${HOSTILE_SUMMARY}`);
    expect(hostile[CSV_HEADER.indexOf("Adres strony")]).toBe(absoluteUrl(`/praktyki/${hostileSlug}`));
  });

  it("answers 304 to a client holding the same version, and a new version after a change", async () => {
    const first = await searchCsvResponse(request("/szukaj.csv?q=kultura"));
    await first.body?.cancel();
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"/);
    const again = await searchCsvResponse(request("/szukaj.csv?q=kultura", { "if-none-match": etag }));
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    const otherQuery = await searchCsvResponse(request("/szukaj.csv?q=szkoła", { "if-none-match": etag }));
    expect(otherQuery.status).toBe(200);
    await otherQuery.body?.cancel();
    await db.practice.update({ where: { slug: hostileSlug }, data: { locality: "Łódź" } });
    const changed = await searchCsvResponse(request("/szukaj.csv?q=kultura", { "if-none-match": etag }));
    expect(changed.status).toBe(200);
    await changed.body?.cancel();
  });
});

describe("sitemaps", () => {
  async function sitemapLocations(file: string): Promise<string[]> {
    const response = await sitemapResponse(request(`/sitemaps/${file}`), file);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(XMLValidator.validate(text)).toBe(true);
    return (xml.parse(text).urlset.url ?? []).map((url: { loc: string }) => url.loc);
  }

  it("list exactly the published practices, with the views that have content", async () => {
    const index = await sitemapIndexResponse(request("/sitemap.xml"));
    const text = await index.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const files = xml.parse(text).sitemapindex.sitemap.map((item: { loc: string }) => new URL(item.loc).pathname.replace("/sitemaps/", ""));
    expect(files).toEqual(["strony.xml", "praktyki-1.xml"]);
    const locations = await sitemapLocations("praktyki-1.xml");
    const mainViews = locations.filter((loc) => /\/praktyki\/[^/]+$/.test(loc)).map((loc) => loc.split("/").pop());
    expect(mainViews.sort()).toEqual(await publishedSlugs());
    expect(new Set(locations).size).toBe(locations.length);
    const withAttachments = await publishedSlugs({ attachments: { some: {} } });
    expect(locations.filter((loc) => loc.endsWith("/zalaczniki")).map((loc) => loc.split("/").at(-2)).sort()).toEqual(withAttachments);
    for (const slug of [draftSlug, unpublishedSlug]) expect(locations.some((loc) => loc.includes(slug))).toBe(false);
  });

  it("split the practices into files without losing or repeating any", async () => {
    const size = 7;
    const seen: string[] = [];
    for (let chunk = 0; ; chunk++) {
      const start = await sitemapChunkStart(chunk, size);
      if (start === null) break;
      const text = await new Response(practiceSitemapStream(start, size)).text();
      const mains = (xml.parse(text).urlset.url ?? []).map((url: { loc: string }) => url.loc).filter((loc: string) => /\/praktyki\/[^/]+$/.test(loc));
      expect(mains.length).toBeLessThanOrEqual(size);
      seen.push(...mains.map((loc: string) => loc.split("/").pop()!));
    }
    expect(seen.sort()).toEqual(await publishedSlugs());
    expect((await listSitemapChunks(size)).length).toBe(Math.ceil(seen.length / size));
  });

  it("list the home page and every category; unknown files are 404", async () => {
    const locations = await sitemapLocations("strony.xml");
    const categories = await db.category.findMany({ select: { slug: true } });
    expect(locations).toContain(absoluteUrl("/"));
    for (const { slug } of categories) expect(locations).toContain(absoluteUrl(`/kategorie/${slug}`));
    expect((await sitemapResponse(request("/sitemaps/praktyki-9.xml"), "praktyki-9.xml")).status).toBe(404);
    expect((await sitemapResponse(request("/sitemaps/x.xml"), "../x.xml")).status).toBe(404);
  });
});

describe("Atom feeds", () => {
  async function entriesOf(response: Response) {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const text = await response.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = xml.parse(text).feed;
    for (const element of ["id", "title", "updated", "author"]) expect(feed[element]).toBeDefined();
    return { feed, entries: (feed.entry ?? []) as { id: string; title: { "#text": string }; updated: string; link: { "@_href": string } }[] };
  }
  const slugOf = (entry: { link: { "@_href": string } }) => entry.link["@_href"].split("/").pop()!;

  it("the bank's feed has the most recently changed practices first, escaped and published only", async () => {
    await db.practice.update({ where: { slug: hostileSlug }, data: { summary: `${HOSTILE_SUMMARY} (zmieniono)` } });
    const { feed, entries } = await entriesOf(await bankFeedResponse(request("/kanaly/praktyki.xml")));
    expect(entries.length).toBe(FEED_SIZE);
    expect(slugOf(entries[0]!)).toBe(hostileSlug);
    expect(entries[0]!.title["#text"]).toBe(HOSTILE_TITLE);
    expect(feed.updated).toBe(entries[0]!.updated);
    const times = entries.map((entry) => Date.parse(entry.updated));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const published = new Set(await publishedSlugs());
    expect(entries.every((entry) => published.has(slugOf(entry)))).toBe(true);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  });

  it("a category's feed covers its subcategories; a voivodeship's feed only that voivodeship", async () => {
    const { entries } = await entriesOf(await categoryFeedResponse(request("/kanaly/kategorie/uslugi-spoleczne.xml"), "uslugi-spoleczne.xml"));
    const inCategory = await publishedSlugs({
      categories: { some: { category: { OR: [{ slug: "uslugi-spoleczne" }, { parent: { slug: "uslugi-spoleczne" } }] } } },
    });
    expect(inCategory.length).toBeLessThanOrEqual(FEED_SIZE);
    expect(entries.map(slugOf).sort()).toEqual(inCategory);
    expect(entries.map(slugOf)).toContain(hostileSlug);
    const slaskie = await entriesOf(await voivodeshipFeedResponse(request("/kanaly/wojewodztwa/slaskie.xml"), "slaskie.xml"));
    expect(slaskie.entries.map(slugOf).sort()).toEqual(await publishedSlugs({ voivodeship: "SLASKIE" }));
  });

  it("unknown categories and voivodeships are 404", async () => {
    expect((await categoryFeedResponse(request("/kanaly/kategorie/nie-ma.xml"), "nie-ma.xml")).status).toBe(404);
    expect((await categoryFeedResponse(request("/kanaly/kategorie/kultura"), "kultura")).status).toBe(404);
    expect((await voivodeshipFeedResponse(request("/kanaly/wojewodztwa/mars.xml"), "mars.xml")).status).toBe(404);
  });
});

describe("JSON API", () => {
  it("finds what /szukaj finds, page by page", async () => {
    const raw = { sort: "tytul", strona: "2" };
    const response = await searchApiResponse(request(`/api/praktyki?${new URLSearchParams(raw)}`));
    expect(response.status).toBe(200);
    const body = await response.json();
    const all = await allResultSlugs(searchParamsSchema.parse(raw));
    expect(body.liczbaWynikow).toBe(all.length);
    expect(body.wyniki.map((item: { slug: string }) => item.slug)).toEqual(all.slice(10, 20));
    expect(all.length).toBeGreaterThan(10);
    expect(body.linki.poprzednia).toBe(absoluteUrl("/api/praktyki?sort=tytul"));
  });

  it("rejects an unknown category as it rejects any bad value", async () => {
    const response = await searchApiResponse(request("/api/praktyki?kategoria=nie-ma-takiej&kategoria=kultura"));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = await response.json();
    expect(problem["invalid-params"]).toEqual([{ name: "kategoria", reason: expect.stringContaining("„nie-ma-takiej”") }]);
  });

  it("gives the whole record of a published practice and 404 for drafts and unpublished ones", async () => {
    const response = await practiceApiResponse(request(`/api/praktyki/${hostileSlug}`), hostileSlug);
    const record = await response.json();
    const stored = await db.practice.findUniqueOrThrow({ where: { slug: hostileSlug }, include: { contacts: true } });
    expect(record).toMatchObject({ slug: hostileSlug, tytul: HOSTILE_TITLE, pelnaPrezentacja: stored.body, dataWprowadzenia: "2012-03-15" });
    expect(record.kontakty).toEqual(stored.contacts.map((c) => ({ imieINazwisko: c.name, funkcja: c.role, telefon: c.phone, email: c.email })));
    for (const slug of [draftSlug, unpublishedSlug, "nie-ma-takiej", "../etc"]) {
      const missing = await practiceApiResponse(request(`/api/praktyki/${slug}`), slug);
      expect(missing.status).toBe(404);
      expect((await missing.json()).title).toBe("Nie znaleziono");
    }
  });
});

describe("the record's details", () => {
  const DETAILS = {
    periodStart: new Date("2011-01-01T00:00:00Z"),
    periodEnd: new Date("2011-12-31T00:00:00Z"),
    results: "Uczestnicy **ukończyli** szkolenia.",
    resultFigures: [{ value: 97, label: "osób podjęło pracę" }, { value: 12.5, label: "% mniej bezrobotnych" }],
    totalCostPln: 1_250_000,
    fundingSources: ["EFS", "BUDZET_JST"] as ("EFS" | "BUDZET_JST")[],
    fundingProgramme: "PO KL, Poddziałanie 7.1.1",
    partners: "Powiatowy Urząd Pracy",
    transferPotential: "Dwie osoby przez rok.",
    sdgGoals: [1, 8],
  };

  it("are in the API by their Polish names and in the CSV; a hidden e-mail address is in neither", async () => {
    const kultura = await db.category.findUniqueOrThrow({ where: { slug: "kultura" } });
    const contacts = [
      { name: "Jan Jawny", role: null, phone: null, email: "jan.jawny@gmina.example.pl" },
      { name: "Ewa Ukryta", role: null, phone: null, email: "ewa.ukryta@gmina.example.pl", emailPublic: false },
    ];
    const { slug, id } = await createTestPractice({ categoryIds: [kultura.id], contacts, details: DETAILS });
    await db.practice.update({ where: { id }, data: { contactsVerifiedOn: new Date("2026-12-02T00:00:00Z") } });

    const response = await practiceApiResponse(request(`/api/praktyki/${slug}`), slug);
    const text = await response.text();
    expect(text).not.toContain("ewa.ukryta");
    expect(JSON.parse(text)).toMatchObject({
      okresOd: "2011-01-01",
      okresDo: "2011-12-31",
      trwa: false,
      rezultaty: DETAILS.results,
      rezultatyLiczby: [{ wartosc: 97, opis: "osób podjęło pracę" }, { wartosc: 12.5, opis: "% mniej bezrobotnych" }],
      kosztCalkowityPln: 1_250_000,
      zrodlaFinansowania: ["efs", "budzet-jst"],
      programFinansowania: "PO KL, Poddziałanie 7.1.1",
      partnerzy: "Powiatowy Urząd Pracy",
      mozliwoscPrzeniesienia: "Dwie osoby przez rok.",
      celeZrownowazonegoRozwoju: [1, 8],
      kontaktyZweryfikowano: "2026-12-02",
      kontakty: [{ imieINazwisko: "Jan Jawny", email: "jan.jawny@gmina.example.pl" }, { imieINazwisko: "Ewa Ukryta", email: null }],
    });

    const csv = await searchCsvResponse(request("/szukaj.csv?kategoria=kultura"));
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect(new TextDecoder().decode(bytes)).not.toContain("ewa.ukryta");
    const row = csvRows(bytes).find((cells) => cells[0] === slug)!;
    const cell = (name: string) => row[CSV_HEADER.indexOf(name)];
    expect([cell("Okres od"), cell("Okres do"), cell("Trwa")]).toEqual(["2011-01-01", "2011-12-31", "nie"]);
    expect(cell("Rezultaty w liczbach")).toBe("97 osób podjęło pracę; 12.5 % mniej bezrobotnych");
    expect(cell("Koszt całkowity (zł)")).toBe("1250000");
    expect(cell("Źródła finansowania")).toBe("EFS / PO KL, budżet JST");
    expect(cell("Cele zrównoważonego rozwoju")).toBe("1; 8");
    expect(cell("Dane kontaktowe zweryfikowano")).toBe("2026-12-02");
  });

  it("are empty, not missing, for a record without them", async () => {
    const response = await practiceApiResponse(request(`/api/praktyki/${hostileSlug}`), hostileSlug);
    expect(await response.json()).toMatchObject({
      okresOd: null, okresDo: null, trwa: false, rezultaty: "", rezultatyLiczby: [], kosztCalkowityPln: null, zrodlaFinansowania: [],
      programFinansowania: null, partnerzy: "", mozliwoscPrzeniesienia: "", celeZrownowazonegoRozwoju: [], kontaktyZweryfikowano: null,
    });
  });
});

describe("validators after changes that no practice row records", () => {
  type Output = [name: string, get: (headers: Record<string, string>) => Promise<Response>];
  /**
   * What a rename of "Kultura" changes: each shows the category's name or its date. (/api/kategorie
   * reads Next's data cache, absent here: tests/e2e/admin-categories.spec.ts checks it.)
   */
  const outputs = (): Output[] => [
    ["/api/praktyki/<w kulturze>", (headers) => practiceApiResponse(request(`/api/praktyki/${hostileSlug}`, headers), hostileSlug)],
    ["/api/praktyki?kategoria=kultura", (headers) => searchApiResponse(request("/api/praktyki?kategoria=kultura", headers))],
    ["/szukaj.csv?kategoria=kultura", (headers) => searchCsvResponse(request("/szukaj.csv?kategoria=kultura", headers))],
    ["/kanaly/kategorie/kultura.xml", (headers) => categoryFeedResponse(request("/kanaly/kategorie/kultura.xml", headers), "kultura.xml")],
    ["/sitemaps/strony.xml", (headers) => sitemapResponse(request("/sitemaps/strony.xml", headers), "strony.xml")],
    ["/sitemap.xml", (headers) => sitemapIndexResponse(request("/sitemap.xml", headers))],
  ];

  /** A Last-Modified is sent once its second is over (http-cache.ts): wait for the next one. */
  const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1010 - (Date.now() % 1000)));

  async function validatorsOf(list: Output[]): Promise<{ etag: string; lastModified: string }[]> {
    await nextSecond();
    const result = [];
    for (const [name, get] of list) {
      const response = await get({});
      await response.body?.cancel();
      const lastModified = response.headers.get("last-modified");
      expect(lastModified, name).not.toBeNull();
      expect((await get({ "if-modified-since": lastModified! })).status, `${name} before the change`).toBe(304);
      result.push({ etag: response.headers.get("etag")!, lastModified: lastModified! });
    }
    return result;
  }

  async function expectChanged(list: Output[], before: { etag: string; lastModified: string }[], compareEtags: boolean): Promise<void> {
    for (const [index, [name, get]] of list.entries()) {
      const since = await get({ "if-modified-since": before[index]!.lastModified });
      expect(since.status, `${name} with If-Modified-Since`).toBe(200);
      await since.body?.cancel();
      if (!compareEtags) continue;
      const match = await get({ "if-none-match": before[index]!.etag });
      expect(match.status, `${name} with If-None-Match`).toBe(200);
      await match.body?.cancel();
    }
  }

  it("renaming a category gives every output that shows it a new Last-Modified and ETag", async () => {
    const author = await createTestUser({ role: "ADMINISTRATOR" });
    const kultura = await db.category.findUniqueOrThrow({ where: { slug: "kultura" } });
    const list = outputs();
    const before = await validatorsOf(list);
    const renamed = await updateCategory(
      kultura.id,
      { name: "Kultura i dziedzictwo", slug: kultura.slug, description: kultura.description, parentId: kultura.parentId, position: kultura.position },
      author,
    );
    expect(renamed.ok).toBe(true);
    await expectChanged(list, before, true);
    const sitemap = await (await sitemapResponse(request("/sitemaps/strony.xml"), "strony.xml")).text();
    const entry = xml.parse(sitemap).urlset.url.find((url: { loc: string }) => url.loc === absoluteUrl("/kategorie/kultura"));
    const { updatedAt } = await db.category.findUniqueOrThrow({ where: { id: kultura.id } });
    expect(entry.lastmod).toBe(updatedAt.toISOString());
  });

  it("deleting the most recently changed published practice moves Last-Modified on, not back", async () => {
    const kultura = await db.category.findUniqueOrThrow({ where: { slug: "kultura" } });
    const newest = await createTestPractice({ categoryIds: [kultura.id] });
    const list: Output[] = [
      ["/szukaj.csv", (headers) => searchCsvResponse(request("/szukaj.csv", headers))],
      ["/sitemaps/praktyki-1.xml", (headers) => sitemapResponse(request("/sitemaps/praktyki-1.xml", headers), "praktyki-1.xml")],
      ["/kanaly/praktyki.xml", (headers) => bankFeedResponse(request("/kanaly/praktyki.xml", headers))],
      ["/api/praktyki", (headers) => searchApiResponse(request("/api/praktyki", headers))],
    ];
    const before = await validatorsOf(list);
    await db.practice.delete({ where: { id: newest.id } });
    await expectChanged(list, before, true);
  });
});

describe("sitemap dates", () => {
  it("date every address: fixed pages by their content, categories without practices by their own change", async () => {
    const empty = await createTestCategory("Kategoria bez praktyk");
    const text = await (await sitemapResponse(request("/sitemaps/strony.xml"), "strony.xml")).text();
    const urls: { loc: string; lastmod?: string }[] = xml.parse(text).urlset.url;
    for (const url of urls) expect(url.lastmod, url.loc).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const lastmodOf = (path: string) => urls.find((url) => url.loc === absoluteUrl(path))?.lastmod;
    expect(lastmodOf(`/kategorie/${empty.slug}`)).toBe(empty.updatedAt.toISOString());
    expect(lastmodOf("/polityka-prywatnosci")).toBe(`${PAGE_CONTENT_DATES.privacyPolicy}T00:00:00.000Z`);
    expect(lastmodOf("/deklaracja-dostepnosci")).toBe(`${ACCESSIBILITY_STATEMENT_DATES.statementReviewed}T00:00:00.000Z`);
    const { changedAt } = await db.contentChange.findUniqueOrThrow({ where: { part: "publications" } });
    expect(lastmodOf("/publikacje")).toBe(changedAt.toISOString());
    const index = xml.parse(await (await sitemapIndexResponse(request("/sitemap.xml"))).text()).sitemapindex.sitemap;
    for (const sitemap of index) expect(sitemap.lastmod, sitemap.loc).toBeDefined();
  });

  it("a publication's download changes no date; editing it does", async () => {
    const publication = await db.publication.create({
      data: { title: "Raport o dobrych praktykach 2026", publishedOn: new Date("2026-06-01T00:00:00Z"), fileName: "raport.pdf", mimeType: "application/pdf", byteSize: 10, sha256: "a".repeat(64), storageKey: `test-${Date.now()}` },
    });
    const created = await db.contentChange.findUniqueOrThrow({ where: { part: "publications" } });
    await db.publication.update({ where: { id: publication.id }, data: { downloadCount: { increment: 1 } } });
    expect((await db.contentChange.findUniqueOrThrow({ where: { part: "publications" } })).changedAt).toEqual(created.changedAt);
    await db.publication.update({ where: { id: publication.id }, data: { title: "Raport o dobrych praktykach 2026 (wydanie 2)" } });
    expect((await db.contentChange.findUniqueOrThrow({ where: { part: "publications" } })).changedAt.getTime()).toBeGreaterThan(created.changedAt.getTime());
  });
});
