import { readdirSync } from "node:fs";
import { CategoryPage } from "./pages/CategoryPage";
import { practiceWithAttachments } from "./support/catalogue";
import { expect, test } from "./support/fixtures";
import { expectedFile, fileKind } from "./support/files";
import { BIELSKO_BIALA } from "./support/reference-practices";

// What the server answers to addresses nobody should type: a Polish 404, never a 500, never the
// address echoed back as markup.

test.describe("Unknown addresses", () => {
  for (const url of [
    "/praktyki/nie-ma-takiej-praktyki",
    "/praktyki/nie-ma-takiej-praktyki/prezentacja",
    "/praktyki/nie-ma-takiej-praktyki/zalaczniki",
    "/kategorie/nie-ma-takiej-kategorii",
    "/nie-ma-takiej-strony",
  ]) {
    test(`${url} answers 404 with a Polish page`, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(404);
      expect(response.headers()["content-type"]).toContain("text/html");
      // The page must be in the HTML itself, not only rendered later by JavaScript.
      const html = await response.text();
      expect(/<html[^>]*>/.exec(html)?.[0], "the <html> tag").toBe('<html lang="pl">');
      expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1], "the server-rendered heading").toBe("Nie znaleziono strony");
    });
  }

  test("an unknown practice's 404 is not kept in the page cache, which anybody could fill up", async ({ request }) => {
    // Every cached page is written under .next/ on disk: there must be no entry per made-up address.
    const slug = `nieznana-praktyka-${Date.now()}`;
    for (const view of ["", "/prezentacja", "/zalaczniki"]) {
      for (let i = 0; i < 2; i++) expect((await request.get(`/praktyki/${slug}${view}`)).status()).toBe(404);
    }
    const cached = readdirSync(".next", { recursive: true, encoding: "utf8" }).filter((file) => file.includes(slug));
    expect(cached, "cache files named after the made-up address").toEqual([]);
  });

  test("the 404 page explains itself and leads back to the catalogue", async ({ page }) => {
    const response = await page.goto("/kategorie/nie-ma-takiej-kategorii");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText("Nie znaleziono strony");
    await expect(page.getByRole("main").getByRole("link", { name: "Przejdź do strony głównej" })).toHaveAttribute("href", "/");
    await expect(page.getByRole("navigation", { name: "Kategorie praktyk" })).toBeVisible();
  });
});

/** Markup or traces an attacker would hope to see reflected in a response. */
const REFLECTED = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "';--", "root:x:0:0"];

type Hostile = { url: string; status: number | number[]; why: string };

const CATEGORY = `/kategorie/${BIELSKO_BIALA.category.slug}`;

const HOSTILE_URLS: Hostile[] = [
  { url: "/praktyki/%3Cscript%3Ealert(1)%3C%2Fscript%3E", status: 404, why: "markup in a practice slug" },
  { url: "/kategorie/%3Cscript%3Ealert(1)%3C%2Fscript%3E", status: 404, why: "markup in a category slug" },
  { url: "/praktyki/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/zalaczniki", status: 404, why: "markup before a view" },
  { url: "/praktyki/..%2F..%2Fetc%2Fpasswd", status: 404, why: "path traversal in a slug" },
  { url: "/praktyki/x/zalaczniki/..%2F..%2F..%2Fetc%2Fpasswd", status: 404, why: "path traversal in an attachment id" },
  { url: `${CATEGORY}?strona=-1`, status: 200, why: "negative page number" },
  { url: `${CATEGORY}?strona=0`, status: 200, why: "page zero" },
  { url: `${CATEGORY}?strona=99999999999999999999`, status: 200, why: "page number beyond any integer" },
  { url: `${CATEGORY}?strona=abc&sort=%27%3B--`, status: 200, why: "SQL-looking sort and a non-numeric page" },
  { url: `${CATEGORY}?sort=%3Cscript%3Ealert(1)%3C%2Fscript%3E`, status: 200, why: "markup in the sort order" },
  { url: `${CATEGORY}?strona=1&strona=2`, status: 200, why: "repeated page number" },
  { url: `${CATEGORY}?sort=tytul&sort=najnowsze&strona[]=2`, status: 200, why: "repeated and array-like parameters" },
  { url: `/praktyki/${"a".repeat(5000)}`, status: 404, why: "a 5000-character slug" },
  { url: `/kategorie/${"a".repeat(5000)}`, status: 404, why: "a 5000-character category slug" },
  { url: "/praktyki/x/zalaczniki/abc", status: 404, why: "a non-numeric attachment id" },
  { url: "/praktyki/x/zalaczniki/99999999999", status: 404, why: "an attachment id beyond PostgreSQL's integer" },
  { url: "/praktyki/x/zalaczniki/-1", status: 404, why: "a negative attachment id" },
  { url: "/praktyki/%00", status: [400, 404], why: "a NUL byte in a slug" },
  { url: "/kategorie/pomoc-spoleczna%00", status: [400, 404], why: "a NUL byte after a category slug" },
  { url: "/praktyki/x/zalaczniki/1%00", status: [400, 404], why: "a NUL byte in an attachment id" },
  { url: "/%", status: 400, why: "a malformed percent escape" },
  { url: "/praktyki/%E0%A4%A", status: 400, why: "a truncated UTF-8 escape" },
  { url: "/praktyki/%C0%AF", status: [400, 404], why: "an overlong UTF-8 encoding of /" },
];

test.describe("Hostile addresses", () => {
  for (const { url, status, why } of HOSTILE_URLS) {
    test(`${why}: ${url.length > 80 ? `${url.slice(0, 80)}…` : url}`, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status(), "never a server error").toBeLessThan(500);
      expect([status].flat()).toContain(response.status());
      const body = await response.text();
      for (const reflected of REFLECTED) expect(body, `the response reflects ${reflected}`).not.toContain(reflected);
      if (response.status() === 404) expect(body).toContain("Nie znaleziono");
    });
  }

  test("page numbers out of range show a page of the category, never an empty one", async ({ page }) => {
    const category = new CategoryPage(page);
    for (const query of ["?strona=-1", "?strona=0", "?strona=abc", "?strona=1.5", "?strona=99999999999999999999", "?strona=1000000"]) {
      const response = await page.goto(`${CATEGORY}${query}`);
      expect(response?.status(), query).toBe(200);
      await expect(category.heading, query).toHaveText(BIELSKO_BIALA.category.name);
      expect(await category.practiceLinks.count(), `practices listed for ${query}`).toBeGreaterThan(0);
    }
  });
});

test.describe("Attachment downloads", () => {
  test("every attachment downloads with its type, an attachment disposition and nosniff", async ({ request, catalogue }) => {
    const practices = catalogue.practices.filter((practice) => practice.attachments.length > 0);
    expect(practices.length, "practices with attachments in the demo data").toBeGreaterThan(0);

    for (const practice of practices) {
      for (const attachment of practice.attachments) {
        const label = `${attachment.href} (${attachment.fileName})`;
        const expected = expectedFile(attachment.fileName);
        const response = await request.get(attachment.href);
        expect.soft(response.status(), label).toBe(200);
        const headers = response.headers();
        expect.soft(headers["content-type"], label).toBe(expected.contentType);
        expect.soft(headers["x-content-type-options"], label).toBe("nosniff");
        expect.soft(headers["content-disposition"], label).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/);
        expect.soft(headers["content-disposition"], label).toContain(`filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`);
        const body = await response.body();
        if (headers["content-length"] !== undefined) expect.soft(Number(headers["content-length"]), label).toBe(body.length);
        expect.soft(fileKind(body), label).toBe(expected.kind);
      }
    }
  });

  test("an unknown attachment id of an existing practice answers 404", async ({ request, catalogue }) => {
    const practice = practiceWithAttachments(catalogue);
    for (const id of ["2147483647", "999999", "0"]) {
      const response = await request.get(`/praktyki/${practice.slug}/zalaczniki/${id}`);
      expect(response.status(), id).toBe(404);
      expect(await response.text()).toContain("Nie znaleziono");
    }
  });

  test("an attachment is served only under its own practice", async ({ request, catalogue }) => {
    const owner = practiceWithAttachments(catalogue);
    const attachmentId = owner.attachments[0]!.href.split("/").pop();
    const other = catalogue.practices.find((practice) => practice.slug !== owner.slug)!;
    const response = await request.get(`/praktyki/${other.slug}/zalaczniki/${attachmentId}`);
    expect(response.status()).toBe(404);
  });
});
