import { practiceWithAttachments } from "./support/catalogue";
import { expect, test } from "./support/fixtures";
import { BIELSKO_BIALA } from "./support/reference-practices";

// A printed practice: the whole record (metadata, full presentation, attachments), no navigation,
// search box, menus or footer counter.

test.describe("Printing a practice", () => {
  test("shows the whole record and none of the site's controls", async ({ page, catalogue }) => {
    const practice = practiceWithAttachments(catalogue);
    await page.goto(`/praktyki/${practice.slug}`);
    const fullPresentation = page.getByRole("heading", { level: 2, name: "Pełna prezentacja" });
    const attachments = page.getByRole("heading", { level: 2, name: "Załączniki", exact: true });
    // On screen, the other views are only links (and the files a list to download, not printed).
    await expect(fullPresentation).toBeHidden();
    await expect(attachments).toBeHidden();

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(practice.title);
    await expect(page.getByRole("region", { name: "Metryka praktyki" })).toBeVisible();
    await expect(fullPresentation).toBeVisible();
    await expect(attachments).toBeVisible();
    await expect(page.getByRole("main")).toContainText(practice.attachments[0]!.fileName);

    await expect(page.getByRole("navigation", { name: "Serwis", exact: true })).toBeHidden();
    await expect(page.getByRole("search")).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Kategorie praktyk" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Widoki praktyki" })).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
  });

  test("the printed presentation view starts with the summary and metadata, and renders as a PDF", async ({ page }) => {
    await page.goto(`/praktyki/${BIELSKO_BIALA.slug}/prezentacja`);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("region", { name: "Metryka praktyki" })).toBeVisible();
    const metadataTop = (await page.getByRole("region", { name: "Metryka praktyki" }).boundingBox())!.y;
    const presentationTop = (await page.getByRole("heading", { level: 2, name: "Punkt Wsparcia" }).boundingBox())!.y;
    expect(metadataTop).toBeLessThan(presentationTop);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});
