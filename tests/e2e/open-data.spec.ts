import type { APIRequestContext, APIResponse } from "@playwright/test";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseFigure } from "./pages/SitePage";
import { practiceWithAttachments } from "./support/catalogue";
import { expect, test } from "./support/fixtures";
import { OpenApiContract } from "./support/openapi-contract";
import { BIELSKO_BIALA, BYTOM_SPA } from "./support/reference-practices";

// The open data over real HTTP: every API answer (200, 304, 400, 404) checked against the site's
// own OpenAPI document, the CSV read back by a CSV parser, feeds and sitemaps by an XML parser,
// and the pages' links to them.

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["entry", "url", "sitemap", "link"].includes(name) });

let contract: OpenApiContract;

test.beforeAll(async ({ request }) => {
  const response = await request.get("/api/openapi.json");
  expect(response.status()).toBe(200);
  contract = new OpenApiContract(await response.json());
});

type SearchBody = { liczbaWynikow: number; liczbaStron: number; wyniki: { slug: string }[]; linki: { nastepna: string | null } };

/** Every practice a search finds, following the API's own `nastepna` links. */
async function allPages(request: APIRequestContext, url: string): Promise<string[]> {
  const slugs: string[] = [];
  for (let next: string | null = url; next; ) {
    const response = await request.get(next);
    await contract.expectConforms(response, "/api/praktyki");
    const body = (await response.json()) as SearchBody;
    slugs.push(...body.wyniki.map((item) => item.slug));
    next = body.linki.nastepna;
  }
  return slugs;
}

async function expectRevalidates(request: APIRequestContext, url: string, first: APIResponse): Promise<void> {
  const etag = first.headers()["etag"];
  expect(etag, `ETag of ${url}`).toMatch(/^W\/".+"$/);
  expect(first.headers()["cache-control"]).toMatch(/^public, max-age=\d+/);
  const again = await request.get(url, { headers: { "if-none-match": etag! } });
  expect(again.status(), `If-None-Match on ${url}`).toBe(304);
  expect(again.headers()["etag"]).toBe(etag);
  expect(await again.body()).toHaveLength(0);
  const lastModified = first.headers()["last-modified"];
  if (lastModified) {
    const since = await request.get(url, { headers: { "if-modified-since": lastModified } });
    expect(since.status(), `If-Modified-Since on ${url}`).toBe(304);
  }
}

test.describe("JSON API", () => {
  test("the OpenAPI document describes the API on this site's origin", async ({ request, baseURL }) => {
    expect(contract.document.openapi).toBe("3.1.0");
    const response = await request.get("/api/openapi.json");
    expect((await response.json()).servers[0].url).toBe(new URL(baseURL!).origin);
    await contract.expectConforms(response, "/api/openapi.json");
  });

  test("search finds what /szukaj finds, in the same order, with the same filters", async ({ request, page }) => {
    const query = "q=bezrobotnych&wojewodztwo=slaskie&wojewodztwo=zachodniopomorskie";
    const response = await request.get(`/api/praktyki?${query}`);
    expect(response.status()).toBe(200);
    await contract.expectConforms(response, "/api/praktyki");
    const body = await response.json();
    await page.goto(`/szukaj?${query}`);
    const heading = await page.getByRole("heading", { level: 2, name: /Znaleziono/ }).textContent();
    expect(body.liczbaWynikow).toBe(parseFigure(heading!));
    const pageSlugs = await page.locator("main ol > li h3 a").evaluateAll((links) => links.map((link) => link.getAttribute("href")!.replace("/praktyki/", "")));
    expect(body.wyniki.map((item: { slug: string }) => item.slug)).toEqual(pageSlugs);
    for (const item of body.wyniki) expect(["slaskie", "zachodniopomorskie"]).toContain(item.wojewodztwo.slug);
    expect(body.parametry.wojewodztwo).toEqual(["slaskie", "zachodniopomorskie"]);
    expect(body.fasety.wojewodztwo.slaskie).toBeGreaterThan(0);
  });

  test("a search widened by the thesaurus names the added words, as the page's „Uwzględniono też” does", async ({ request, page }) => {
    const response = await request.get(`/api/praktyki?q=${encodeURIComponent("segregacja śmieci")}`);
    await contract.expectConforms(response, "/api/praktyki");
    const body = await response.json();
    expect(body.uwzglednionoTez.length).toBeGreaterThan(0);
    await page.goto(`/szukaj?q=${encodeURIComponent("segregacja śmieci")}`);
    const said = await page.getByText(/^Uwzględniono też:/).textContent();
    expect(said).toBe(`Uwzględniono też: ${body.uwzglednionoTez.map((word: string) => `„${word}”`).join(", ")}.`);

    const plain = await (await request.get("/api/praktyki?q=bezrobotnych")).json();
    expect(plain.uwzglednionoTez).toEqual(expect.any(Array));
  });

  test("pages follow on without gaps or repeats, and past the end give the last page", async ({ request }) => {
    const first = await (await request.get("/api/praktyki?sort=tytul")).json();
    expect(first.liczbaStron).toBeGreaterThan(1);
    const slugs = await allPages(request, "/api/praktyki?sort=tytul");
    expect(slugs).toHaveLength(first.liczbaWynikow);
    expect(new Set(slugs).size).toBe(slugs.length);
    const past = await (await request.get(`/api/praktyki?sort=tytul&strona=${first.liczbaStron + 5}`)).json();
    expect(past.strona).toBe(first.liczbaStron);
    expect(past.linki.nastepna).toBeNull();
  });

  test("a practice's full record, with attachments that download", async ({ request, catalogue }) => {
    const response = await request.get(`/api/praktyki/${BIELSKO_BIALA.slug}`);
    await contract.expectConforms(response, "/api/praktyki/{slug}");
    const record = await response.json();
    expect(record).toMatchObject({ slug: BIELSKO_BIALA.slug, tytul: BIELSKO_BIALA.title, miejscowosc: BIELSKO_BIALA.locality });
    expect(record.kategoria.slug).toBe(BIELSKO_BIALA.category.slug);
    expect(record.kontakty).toContainEqual(expect.objectContaining({ imieINazwisko: BIELSKO_BIALA.contact.name, email: BIELSKO_BIALA.contact.email }));
    expect(record.pelnaPrezentacja.length).toBeGreaterThan(100);
    expect(record.dataWprowadzenia).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(record.partnerzy).toMatch(/^Pracodawcy, organizacje pracodawców/);

    // The Bytom record states its year, participants, funding and measure.
    const bytom = await request.get(`/api/praktyki/${BYTOM_SPA.slug}`);
    await contract.expectConforms(bytom, "/api/praktyki/{slug}");
    expect(await bytom.json()).toMatchObject({
      okresOd: "2011-01-01",
      okresDo: "2011-12-31",
      trwa: false,
      zrodlaFinansowania: ["efs"],
      programFinansowania: expect.stringContaining("Poddziałanie 7.1.1"),
      rezultatyLiczby: expect.arrayContaining([{ wartosc: 371, opis: "uczestników projektu (co najmniej, plan na 2011 r.)" }]),
    });

    const withFiles = practiceWithAttachments(catalogue);
    const files = (await (await request.get(`/api/praktyki/${withFiles.slug}`)).json()).zalaczniki;
    expect(files.map((file: { tytul: string }) => file.tytul)).toEqual(withFiles.attachments.map((file) => file.title));
    const download = await request.get(files[0].url);
    expect(download.status()).toBe(200);
    expect((await download.body()).byteLength).toBe(files[0].rozmiar);
  });

  test("the category tree counts what the search finds in each category", async ({ request, catalogue }) => {
    const response = await request.get("/api/kategorie");
    await contract.expectConforms(response, "/api/kategorie");
    type Node = { slug: string; liczbaPraktyk: number; praktyki: string; podkategorie: Node[] };
    const flat = (nodes: Node[]): Node[] => nodes.flatMap((node) => [node, ...flat(node.podkategorie)]);
    const nodes = flat((await response.json()).kategorie);
    for (const category of catalogue.categories) expect(nodes.map((node) => node.slug)).toContain(category.slug);
    for (const node of nodes.slice(0, 4)) {
      expect((await (await request.get(node.praktyki)).json()).liczbaWynikow, node.slug).toBe(node.liczbaPraktyk);
    }
  });

  test.describe("bad requests are 400 with every wrong parameter named", () => {
    const CASES: [string, string[]][] = [
      ["wojewodztwo=mars", ["wojewodztwo"]],
      ["strona=0&sort=losowo", ["strona", "sort"]],
      ["od=dawno&do=2200", ["od", "do"]],
      ["typ=gmina&ludnosc=milion", ["typ", "ludnosc"]],
      ["kategoria=nie-ma-takiej-kategorii", ["kategoria"]],
      ["wojewodztwa=slaskie", ["wojewodztwa"]],
      ["strona=1&strona=2", ["strona"]],
      [`q=${"a".repeat(201)}`, ["q"]],
    ];
    for (const [query, names] of CASES) {
      test(query.slice(0, 40), async ({ request }) => {
        const response = await request.get(`/api/praktyki?${query}`);
        expect(response.status()).toBe(400);
        await contract.expectConforms(response, "/api/praktyki");
        const problem = await response.json();
        expect(problem.title).toBe("Nieprawidłowe parametry zapytania");
        expect(problem.instance).toBe(`/api/praktyki?${query}`);
        expect([...new Set(problem["invalid-params"].map((param: { name: string }) => param.name))]).toEqual(names);
        expect(response.headers()["access-control-allow-origin"]).toBe("*");
      });
    }
  });

  test("unknown practices and API addresses are 404 problems", async ({ request }) => {
    for (const slug of ["nie-ma-takiej-praktyki", "%3Cscript%3E", "a".repeat(300)]) {
      const response = await request.get(`/api/praktyki/${slug}`);
      expect(response.status()).toBe(404);
      await contract.expectConforms(response, "/api/praktyki/{slug}");
      expect((await response.json()).detail).toMatch(/^W banku nie ma opublikowanej praktyki/);
    }
    const unknown = await request.get("/api/nie-ma-takiego-adresu");
    expect(unknown.status()).toBe(404);
    expect(unknown.headers()["content-type"]).toBe("application/problem+json");
  });

  test("every problem type the API emits is a Polish page on how to fix the request", async ({ request, page }) => {
    const emitted = new Set<string>();
    for (const url of ["/api/praktyki?wojewodztwo=mars", "/api/praktyki/nie-ma-takiej-praktyki", "/api/nie-ma-takiego-adresu"]) {
      emitted.add(((await (await request.get(url)).json()) as { type: string }).type);
    }
    const documented = (contract.document as unknown as { "x-problem-types": { type: string; title: string }[] })["x-problem-types"];
    // Emitted only while the database is unreachable: database-outage.spec.ts sees it.
    emitted.add(new URL("/api/problemy/serwis-niedostepny", (await request.get("/api/kategorie")).url()).href);
    expect([...emitted].sort()).toEqual(documented.map((problem) => problem.type).sort());
    for (const problem of documented) {
      const response = await page.goto(problem.type);
      expect(response?.status(), problem.type).toBe(200);
      expect(response?.headers()["content-type"]).toMatch(/^text\/html/);
      await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(problem.title);
      await expect(page.getByRole("main").getByRole("heading", { level: 2, name: "Jak poprawić zapytanie" })).toBeVisible();
      await expect(page.getByRole("main").locator("pre")).toContainText(`"type": "${problem.type}"`);
    }
    expect((await request.get("/api/problemy/nie-ma-takiego-typu")).status()).toBe(404);
  });

  test("any origin may read it, feeds, sitemaps and CSV too; a preflight offers GET", async ({ request }) => {
    const origin = { origin: "https://dane.example.org" };
    const urls = [
      "/api/kategorie",
      "/api/praktyki?q=szkoła",
      `/api/praktyki/${BIELSKO_BIALA.slug}`,
      "/szukaj.csv?wojewodztwo=slaskie",
      "/kanaly/praktyki.xml",
      `/kanaly/kategorie/${BIELSKO_BIALA.category.slug}.xml`,
      "/kanaly/wojewodztwa/slaskie.xml",
      "/sitemap.xml",
      "/sitemaps/strony.xml",
      "/sitemaps/praktyki-1.xml",
    ];
    for (const url of urls) {
      const response = await request.get(url, { headers: origin });
      expect(response.headers()["access-control-allow-origin"], url).toBe("*");
      expect(response.headers()["access-control-expose-headers"], url).toContain("ETag");
      const preflight = await request.fetch(url, {
        method: "OPTIONS",
        headers: { ...origin, "access-control-request-method": "GET", "access-control-request-headers": "if-none-match" },
      });
      expect(preflight.status(), `OPTIONS ${url}`).toBe(204);
      expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
      expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
      expect(preflight.headers()["access-control-allow-headers"]).toMatch(/If-None-Match/i);
    }
  });

  test("every endpoint answers a conditional GET with 304", async ({ request }) => {
    const urls: [string, string][] = [
      ["/api/praktyki?q=szkoła&sort=tytul", "/api/praktyki"],
      [`/api/praktyki/${BIELSKO_BIALA.slug}`, "/api/praktyki/{slug}"],
      ["/api/kategorie", "/api/kategorie"],
      ["/szukaj.csv?wojewodztwo=slaskie", "/szukaj.csv"],
      ["/kanaly/praktyki.xml", "/kanaly/praktyki.xml"],
      ["/sitemap.xml", "/sitemap.xml"],
    ];
    for (const [url, template] of urls) {
      const first = await request.get(url);
      expect(first.status(), url).toBe(200);
      await expectRevalidates(request, url, first);
      const notModified = await request.get(url, { headers: { "if-none-match": first.headers()["etag"]! } });
      await contract.expectConforms(notModified, template);
    }
  });
});

test.describe("CSV export", () => {
  test("the search page links every result as CSV that a spreadsheet reads with Polish letters", async ({ page, request }) => {
    await page.goto("/szukaj?wojewodztwo=slaskie&sort=tytul");
    const heading = await page.getByRole("heading", { level: 2, name: /Znaleziono/ }).textContent();
    const link = page.getByRole("link", { name: "Pobierz wyniki (CSV)" });
    const href = await link.getAttribute("href");
    expect(href).toBe("/szukaj.csv?wojewodztwo=slaskie&sort=tytul");
    const response = await request.get(href!);
    await contract.expectConforms(response, "/szukaj.csv");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="bdp-praktyki-[\d-]+\.csv"$/);
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parseCsv(bytes.subarray(3).toString("utf8"), { record_delimiter: "\r\n" });
    expect(rows[0]).toContain("Województwo");
    expect(rows[0]).toContain("Data wprowadzenia do BDP");
    expect(rows.length - 1).toBe(parseFigure(heading!));
    const voivodeship = rows[0]!.indexOf("Województwo");
    for (const row of rows.slice(1)) expect(row[voivodeship]).toBe("śląskie");
    expect(rows.slice(1).map((row) => row[0])).toContain(BIELSKO_BIALA.slug);
  });
});

test.describe("Atom feeds", () => {
  async function expectAtom(request: APIRequestContext, url: string): Promise<{ entries: { link: { "@_href": string }[] }[] }> {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const text = await response.text();
    expect(XMLValidator.validate(text), `${url} is well-formed XML`).toBe(true);
    const feed = xml.parse(text).feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    for (const element of ["id", "title", "updated", "author"]) expect(feed[element], `${url} <${element}>`).toBeDefined();
    expect(feed.link.find((link: Record<string, string>) => link["@_rel"] === "self")["@_href"]).toMatch(new RegExp(`${url.replace(/\./g, "\\.")}$`));
    const entries = feed.entry ?? [];
    for (const entry of entries) {
      for (const element of ["id", "title", "updated", "author", "summary"]) expect(entry[element], `${url} entry <${element}>`).toBeDefined();
      expect(entry.id).toMatch(/^tag:/);
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
      expect(entry.link.find((link: Record<string, string>) => link["@_rel"] === "alternate")["@_href"]).toMatch(/\/praktyki\/[a-z0-9-]+$/);
    }
    return { entries };
  }

  async function feedLinks(page: import("@playwright/test").Page, url: string): Promise<string[]> {
    await page.goto(url);
    return page.locator('head link[rel="alternate"][type="application/atom+xml"]').evaluateAll((links) => links.map((link) => new URL(link.getAttribute("href")!).pathname));
  }

  test("the home page, category pages and a search by voivodeship announce their feeds, which are valid Atom", async ({ page, request }) => {
    expect(await feedLinks(page, "/")).toEqual(["/kanaly/praktyki.xml"]);
    expect(await feedLinks(page, `/kategorie/${BIELSKO_BIALA.category.slug}`)).toEqual([`/kanaly/kategorie/${BIELSKO_BIALA.category.slug}.xml`, "/kanaly/praktyki.xml"]);
    expect(await feedLinks(page, "/szukaj?wojewodztwo=slaskie&q=szkoła")).toEqual(["/kanaly/szukaj.xml", "/kanaly/wojewodztwa/slaskie.xml"]);
    expect(await feedLinks(page, "/szukaj?q=szkoła")).toEqual(["/kanaly/szukaj.xml"]);

    expect((await expectAtom(request, "/kanaly/praktyki.xml")).entries.length).toBeGreaterThan(10);
    const category = await expectAtom(request, `/kanaly/kategorie/${BIELSKO_BIALA.category.slug}.xml`);
    expect(category.entries.map((entry) => entry.link[0]!["@_href"])).toContainEqual(expect.stringMatching(new RegExp(`/praktyki/${BIELSKO_BIALA.slug}$`)));
    await expectAtom(request, "/kanaly/wojewodztwa/slaskie.xml");
  });

  test("unknown feeds are 404", async ({ request }) => {
    for (const url of ["/kanaly/kategorie/nie-ma-takiej.xml", "/kanaly/wojewodztwa/mars.xml", "/kanaly/kategorie/kultura", "/kanaly/kategorie/%2E%2E.xml"]) {
      expect((await request.get(url)).status(), url).toBe(404);
    }
  });
});

test.describe("Sitemaps, robots.txt and page metadata", () => {
  test("robots.txt keeps crawlers out of the editors' area and points at the sitemap", async ({ request, baseURL }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toContain("Disallow: /admin");
    expect(text).toContain("Disallow: /api/wewnetrzne");
    expect(text).toContain(`Sitemap: ${new URL("/sitemap.xml", baseURL).toString()}`);
  });

  test("the sitemaps list every published practice once, and every category, each with its date", async ({ request, catalogue }) => {
    const index = await request.get("/sitemap.xml");
    const indexText = await index.text();
    expect(XMLValidator.validate(indexText)).toBe(true);
    const locations: string[] = [];
    for (const sitemap of xml.parse(indexText).sitemapindex.sitemap) {
      const text = await (await request.get(new URL(sitemap.loc).pathname)).text();
      expect(XMLValidator.validate(text)).toBe(true);
      const urls: { loc: string; lastmod?: string }[] = xml.parse(text).urlset.url;
      for (const url of urls) expect(Number.isNaN(Date.parse(url.lastmod ?? "")), `<lastmod> of ${url.loc}`).toBe(false);
      locations.push(...urls.map((url) => new URL(url.loc).pathname));
    }
    const practices = locations.filter((path) => /^\/praktyki\/[^/]+$/.test(path)).map((path) => path.split("/")[2]);
    expect(new Set(practices).size).toBe(practices.length);
    expect(practices.sort()).toEqual((await allPages(request, "/api/praktyki?sort=tytul")).sort());
    expect(practices.sort()).toEqual(catalogue.practices.map((practice) => practice.slug).sort());
    for (const category of catalogue.categories) expect(locations).toContain(`/kategorie/${category.slug}`);
  });

  test("pages name their canonical address, Open Graph data and, for practices, schema.org data", async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    await page.goto(`/praktyki/${BIELSKO_BIALA.slug}?utm_source=x`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${origin}/praktyki/${BIELSKO_BIALA.slug}`);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", `${origin}/praktyki/${BIELSKO_BIALA.slug}`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", BIELSKO_BIALA.title);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ "@type": "Article", headline: BIELSKO_BIALA.title, url: `${origin}/praktyki/${BIELSKO_BIALA.slug}` });

    for (const [url, canonical] of [
      // Next writes the home page's address without the final slash.
      ["/", ""],
      ["/o-banku", "/o-banku"],
      [`/praktyki/${BIELSKO_BIALA.slug}/prezentacja`, `/praktyki/${BIELSKO_BIALA.slug}/prezentacja`],
      [`/kategorie/${BIELSKO_BIALA.category.slug}?sort=najnowsze&x=1`, `/kategorie/${BIELSKO_BIALA.category.slug}`],
      ["/szukaj?wojewodztwo=mars&q=szko%C5%82a&strona=1", "/szukaj?q=szko%C5%82a"],
    ]) {
      await page.goto(url!);
      await expect(page.locator('link[rel="canonical"]'), url).toHaveAttribute("href", `${origin}${canonical}`);
      await expect(page.locator('meta[property="og:site_name"]'), url).toHaveAttribute("content", "Bank Dobrych Praktyk");
    }
  });
});
