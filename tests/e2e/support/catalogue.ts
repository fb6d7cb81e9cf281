import type { Browser } from "@playwright/test";
import { TEST_CRAWLER_USER_AGENT } from "./user-agents";

// The demo data grows while the site is developed, so tests do not hardcode which practices have
// attachments or which categories have several pages: they crawl the site once per worker (see the
// `catalogue` fixture in fixtures.ts), as an uncounted crawler, and pick from what they find.

export type CategoryRef = { slug: string; name: string };
export type AttachmentRef = { title: string; href: string; fileName: string };
export type PracticeRef = {
  slug: string;
  title: string;
  /** The primary category, the last link of the practice's category path. */
  category: CategoryRef;
  attachments: AttachmentRef[];
};
export type Catalogue = {
  categories: (CategoryRef & { pageCount: number })[];
  practices: PracticeRef[];
};

export function practiceWithAttachments(catalogue: Catalogue): PracticeRef {
  const practice = catalogue.practices.find((candidate) => candidate.attachments.length > 0);
  if (!practice) throw new Error("No published practice has attachments: is the demo data seeded?");
  return practice;
}

/** A category whose practices fill more than one page, or undefined while the demo data is small. */
export function paginatedCategory(catalogue: Catalogue): (CategoryRef & { pageCount: number }) | undefined {
  return catalogue.categories.find((category) => category.pageCount > 1);
}

export async function crawlCatalogue(browser: Browser): Promise<Catalogue> {
  const context = await browser.newContext({ userAgent: TEST_CRAWLER_USER_AGENT, javaScriptEnabled: false });
  // Only the HTML matters here.
  await context.route("**/*", (route) => (route.request().resourceType() === "document" ? route.continue() : route.abort()));
  const page = await context.newPage();
  try {
    await page.goto("/");
    const categories = await page
      .getByRole("navigation", { name: "Kategorie praktyk" })
      .getByRole("link")
      .evaluateAll((links) =>
        links.map((link) => ({
          slug: (link.getAttribute("href") ?? "").replace("/kategorie/", ""),
          name: link.textContent?.trim() ?? "",
        })),
      );

    const listedSlugs = new Set<string>();
    const categoriesWithPages: Catalogue["categories"] = [];
    for (const category of categories) {
      let pageCount = 0;
      let next: string | null = `/kategorie/${category.slug}?sort=tytul`;
      while (next) {
        await page.goto(next);
        pageCount += 1;
        const hrefs = await page
          .getByRole("main")
          .getByRole("heading")
          .getByRole("link")
          .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
        for (const href of hrefs) if (href.startsWith("/praktyki/")) listedSlugs.add(href.replace("/praktyki/", ""));
        const nextLink = page.getByRole("navigation", { name: "Strony wyników" }).getByRole("link", { name: /^Następna/ });
        next = (await nextLink.count()) > 0 ? await nextLink.getAttribute("href") : null;
      }
      categoriesWithPages.push({ ...category, pageCount });
    }

    const practices: PracticeRef[] = [];
    for (const slug of [...listedSlugs].sort()) {
      await page.goto(`/praktyki/${slug}/zalaczniki`);
      const article = page.getByRole("main").getByRole("article");
      const pathLinks = article.getByRole("navigation", { name: "Ścieżka nawigacji" }).getByRole("link");
      const category = await pathLinks.last().evaluate((link) => ({
        slug: (link.getAttribute("href") ?? "").replace("/kategorie/", ""),
        name: link.textContent?.trim() ?? "",
      }));
      const attachments = await article.locator("a[download]").evaluateAll((links) =>
        links.map((link) => ({
          title: link.textContent?.trim() ?? "",
          href: link.getAttribute("href") ?? "",
          fileName: link.getAttribute("download") ?? "",
        })),
      );
      const title = (await article.getByRole("heading", { level: 1 }).innerText()).trim();
      practices.push({ slug, title, category, attachments });
    }
    return { categories: categoriesWithPages, practices };
  } finally {
    await context.close();
  }
}
