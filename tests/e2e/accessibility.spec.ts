import { type Catalogue, paginatedCategory, practiceWithAttachments } from "./support/catalogue";
import { expectNoViolations } from "./support/axe";
import { expectNoHorizontalScroll, VIEWPORTS } from "./support/viewports";
import { expect, test } from "./support/fixtures";
import { BIELSKO_BIALA } from "./support/reference-practices";

// WCAG 2.1 A and AA, as far as axe can tell, on every page template of the site at a small phone's,
// a common phone's and a desktop's width; the search's pages also against axe's best practices.
// At each width no page may scroll sideways (WCAG 1.4.10 Reflow: 320 CSS px).

type Template = { name: string; url: (catalogue: Catalogue) => string; status?: number; bestPractice?: boolean };

const TEMPLATES: Template[] = [
  { name: "home page", url: () => "/" },
  { name: "about page", url: () => "/o-banku" },
  { name: "top-level category", url: () => `/kategorie/${BIELSKO_BIALA.parentCategory.slug}` },
  { name: "subcategory", url: () => `/kategorie/${BIELSKO_BIALA.category.slug}` },
  { name: "category sorted by title", url: () => `/kategorie/${BIELSKO_BIALA.category.slug}?sort=tytul` },
  {
    name: "category, page 2",
    url: (catalogue) => {
      const paginated = paginatedCategory(catalogue);
      // The demo data has more than one page in "Usługi społeczne"; a missing one is a failure.
      expect(paginated, "a category with more than one page of practices").toBeDefined();
      return `/kategorie/${paginated!.slug}?strona=2`;
    },
  },
  { name: "practice summary and metadata", url: () => `/praktyki/${BIELSKO_BIALA.slug}` },
  { name: "practice presentation", url: () => `/praktyki/${BIELSKO_BIALA.slug}/prezentacja` },
  { name: "practice without attachments", url: () => `/praktyki/${BIELSKO_BIALA.slug}/zalaczniki` },
  { name: "practice attachments", url: (catalogue) => `/praktyki/${practiceWithAttachments(catalogue).slug}/zalaczniki` },
  { name: "page not found", url: () => "/praktyki/nie-ma-takiej-praktyki", status: 404 },
  { name: "search with results and filters", url: () => "/szukaj?q=bezrobotnych&wojewodztwo=slaskie&od=2005&do=2015", bestPractice: true },
  { name: "search without results", url: () => "/szukaj?q=zzzyyyxxx&typ=powiat", bestPractice: true },
  { name: "search without results, with filters to relax", url: () => "/szukaj?q=bezrobotnych&wojewodztwo=opolskie&kategoria=kultura&od=2010", bestPractice: true },
  { name: "search with some of the words", url: () => "/szukaj?q=co+zrobi%C5%82y+powiaty+grodzkie+dla+bezrobotnych", bestPractice: true },
  { name: "search corrected", url: () => "/szukaj?q=termomodernizcja", bestPractice: true },
  { name: "search without words", url: () => "/szukaj", bestPractice: true },
  { name: "units like mine, the form", url: () => "/gminy-takie-jak-moja", bestPractice: true },
  { name: "units like mine, results", url: () => "/gminy-takie-jak-moja?jednostka=0416012&ludnosc=5-20-tys", bestPractice: true },
  { name: "units like mine, bad values", url: () => "/gminy-takie-jak-moja?jednostka=1&ludnosc=milion", bestPractice: true },
  { name: "map of practices", url: () => "/mapa" },
  { name: "map with filters", url: () => "/mapa?typ=powiat-grodzki&kategoria=pomoc-spoleczna&ludnosc=100-500-tys" },
  { name: "statistics", url: () => "/statystyki" },
  { name: "publications", url: () => "/publikacje" },
  { name: "other databases", url: () => "/inne-bazy" },
  { name: "privacy policy", url: () => "/polityka-prywatnosci" },
  { name: "accessibility statement", url: () => "/deklaracja-dostepnosci" },
  { name: "API problem type", url: () => "/api/problemy/nieprawidlowe-parametry" },
  { name: "map with several values per filter", url: () => "/mapa?kategoria=pomoc-spoleczna&kategoria=kultura&typ=powiat&typ=gmina-miejska" },
];

test.describe("Accessibility (axe, WCAG 2.1 AA)", () => {
  for (const template of TEMPLATES) {
    test(`${template.name} has no violations and reflows at every width`, async ({ page, catalogue }) => {
      const url = template.url(catalogue);
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        const response = await page.goto(url);
        expect(response?.status()).toBe(template.status ?? 200);
        const label = `${page.url()} at ${viewport.width} px`;
        await expectNoHorizontalScroll(page, label);
        await expectNoViolations(page, label, { bestPractice: template.bestPractice });
      }
    });
  }

  test("the statistics' tables have no violations once opened", async ({ page }) => {
    await page.goto("/statystyki");
    for (const summary of await page.getByRole("main").locator("details > summary").all()) await summary.click();
    await expect(page.getByRole("main").getByRole("table").first()).toBeVisible();
    await expectNoViolations(page);
  });

  test("a focused region of the map has no violations", async ({ page }) => {
    await page.goto("/mapa");
    await page.getByRole("button", { name: "Pokaż na mapie" }).focus();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("group", { name: /Mapa Polski/ }).getByRole("link").first()).toBeFocused();
    await expectNoViolations(page);
  });

  test("the skip link appears on screen when it gets the keyboard focus", async ({ page }) => {
    await page.goto(`/praktyki/${BIELSKO_BIALA.slug}`);
    await page.keyboard.press("Tab");
    const skipLink = page.getByRole("link", { name: "Przejdź do treści" });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();
    await expectNoViolations(page);
  });
});

// The map and the statistics at a phone's and a laptop's width, with axe's experimental check that
// each link's visible label is part of its name (WCAG 2.5.3), which the map's regions once failed.
test.describe("Accessibility of the map and statistics at 390 and 1366 px", () => {
  const pages = ["/mapa", "/mapa?typ=powiat-grodzki&kategoria=pomoc-spoleczna", "/statystyki"];
  for (const width of [390, 1366]) {
    for (const url of pages) {
      test(`${url} at ${width} px has no violations`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(url);
        await expectNoViolations(page, `${url} at ${width} px`, { experimental: ["label-content-name-mismatch"] });
      });
    }
  }
});
