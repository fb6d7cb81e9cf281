import { CategoryPage } from "../pages/CategoryPage";
import { paginatedCategory } from "./catalogue";
import { expect, test } from "./fixtures";
import { BIELSKO_BIALA } from "./reference-practices";

// Sorting and paging a category, run with and without JavaScript: with it, the first page of each
// order comes from a cached route the HTTP front rewrites to (src/server/category-view.ts), and
// the client router must land on the address the visitor chose.

const polishOrder = new Intl.Collator("pl-PL").compare;

export function categoryNavigationTests(): void {
  test("the sort links reorder the practices and mark the current order", async ({ page }) => {
    const category = new CategoryPage(page);
    await category.open(BIELSKO_BIALA.category.slug);
    await expect(category.sortLink("daty wprowadzenia")).toHaveAttribute("aria-current", "true");
    await expect(category.sortLink("tytułu (A–Z)")).not.toHaveAttribute("aria-current");

    await category.sortLink("tytułu (A–Z)").click();
    await expect(page).toHaveURL(`/kategorie/${BIELSKO_BIALA.category.slug}?sort=tytul`);
    await expect(category.sortLink("tytułu (A–Z)")).toHaveAttribute("aria-current", "true");
    await expect(category.sortLink("daty wprowadzenia")).not.toHaveAttribute("aria-current");
    const titles = await category.practiceLinks.allInnerTexts();
    expect(titles.length).toBeGreaterThan(1);
    expect(titles).toEqual([...titles].sort(polishOrder));

    await category.sortLink("daty wprowadzenia").click();
    await expect(page).toHaveURL(`/kategorie/${BIELSKO_BIALA.category.slug}`);
    await expect(category.sortLink("daty wprowadzenia")).toHaveAttribute("aria-current", "true");
    const dates = await category.main.locator("ol time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test("the page links turn pages, keep the order and mark the current page", async ({ page, catalogue }) => {
    const paginated = paginatedCategory(catalogue);
    // The demo data has more than one page in "Usługi społeczne"; a missing one is a failure.
    expect(paginated, "a category with more than one page of practices").toBeDefined();
    const { slug, pageCount } = paginated!;
    const category = new CategoryPage(page);

    await category.open(slug, "?sort=tytul");
    await expect(category.main.getByRole("heading", { level: 2, name: new RegExp(`\\(strona 1 z ${pageCount}\\)`) })).toBeVisible();
    await expect(category.pageLink(1)).toHaveAttribute("aria-current", "page");
    await expect(category.previousPageLink).toHaveCount(0);
    const firstPage = await category.practiceLinks.allInnerTexts();
    expect(firstPage).toHaveLength(10); // run-search.ts RESULTS_PER_PAGE, as on /szukaj

    await category.nextPageLink.click();
    await expect(page).toHaveURL(`/kategorie/${slug}?sort=tytul&strona=2`);
    await expect(category.pageLink(2)).toHaveAttribute("aria-current", "page");
    await expect(category.pageLink(1)).not.toHaveAttribute("aria-current");
    await expect(category.sortLink("tytułu (A–Z)")).toHaveAttribute("aria-current", "true");
    const secondPage = await category.practiceLinks.allInnerTexts();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
    // Page 2 continues the A–Z order of page 1.
    const both = [...firstPage, ...secondPage];
    if (pageCount === 2) expect(both).toEqual([...both].sort(polishOrder));
    else expect(polishOrder(firstPage.at(-1)!, secondPage[0]!)).toBeLessThanOrEqual(0);

    await category.previousPageLink.click();
    await expect(page).toHaveURL(`/kategorie/${slug}?sort=tytul`);
    expect(await category.practiceLinks.allInnerTexts()).toEqual(firstPage);

    // Choosing another order starts again from page 1.
    await category.pageLink(pageCount).click();
    await expect(page).toHaveURL(`/kategorie/${slug}?sort=tytul&strona=${pageCount}`);
    await expect(category.nextPageLink).toHaveCount(0);
    await category.sortLink("daty wprowadzenia").click();
    await expect(page).toHaveURL(`/kategorie/${slug}`);
    await expect(category.pageLink(1)).toHaveAttribute("aria-current", "page");
  });

  test("a category narrows like a search: filters with counts, at the category's own address", async ({ page, javaScriptEnabled }) => {
    const category = new CategoryPage(page);
    await category.open(BIELSKO_BIALA.category.slug);
    const filters = page.getByRole("form", { name: "Zawęź wyniki" });
    // The page is the category: no category filter, the other groups with their counts.
    await expect(filters.getByRole("group", { name: "Kategoria" })).toHaveCount(0);
    const silesia = filters.getByRole("checkbox", { name: /^śląskie \(\d+\)$/ });
    const total = await category.practiceTotal();
    const inSilesia = parseFigureOf(await filters.locator("label", { hasText: /^śląskie/ }).innerText());
    expect(inSilesia).toBeGreaterThan(0);
    expect(inSilesia).toBeLessThan(total);

    await silesia.check();
    // With JavaScript a change applies at once; without it, the button sends the form.
    if (!javaScriptEnabled) await filters.getByRole("button", { name: "Zastosuj filtry" }).click();
    // (The form sends its empty year fields too, as on /szukaj.)
    await expect(page).toHaveURL(new RegExp(`/kategorie/${BIELSKO_BIALA.category.slug}\\?wojewodztwo=slaskie(&|$)`));
    await expect.poll(() => category.practiceTotal()).toBe(inSilesia);
    await expect(category.practiceLink(BIELSKO_BIALA.title)).toBeVisible();
    const places = await category.main.getByRole("region", { name: /^Znaleziono/ }).locator("ol > li").evaluateAll((items) => items.map((item) => item.textContent ?? ""));
    for (const place of places) expect(place).toContain("woj. śląskie");
    await expect(page.getByRole("heading", { level: 1, name: BIELSKO_BIALA.category.name })).toBeVisible();

    // The active filter is removed back to the whole category, still at its address.
    await page.getByRole("link", { name: /województwo śląskie/ }).click();
    await expect(page).toHaveURL(`/kategorie/${BIELSKO_BIALA.category.slug}`);
    await expect.poll(() => category.practiceTotal()).toBe(total);
  });

  test("words search inside the category only", async ({ page }) => {
    const category = new CategoryPage(page);
    await category.open(BIELSKO_BIALA.category.slug);
    const box = page.getByRole("search", { name: `Szukaj w kategorii ${BIELSKO_BIALA.category.name}` });
    await box.getByRole("searchbox", { name: "Szukaj w tej kategorii" }).fill("rewitalizacji");
    await box.getByRole("button", { name: "Szukaj" }).click();
    await expect(page).toHaveURL(`/kategorie/${BIELSKO_BIALA.category.slug}?q=rewitalizacji`);
    await expect(category.practiceLink(BIELSKO_BIALA.title)).toBeVisible();
    const inCategory = await category.practiceTotal();
    await page.goto("/szukaj?q=rewitalizacji");
    expect(inCategory).toBeLessThan(await category.practiceTotal());
  });
}

function parseFigureOf(label: string): number {
  return Number(/\(([\d\s\u00a0]+)\)/.exec(label)?.[1]?.replace(/\D/g, ""));
}

