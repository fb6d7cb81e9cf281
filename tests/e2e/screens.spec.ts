import { expect, test } from "@playwright/test";
import { BIELSKO_BIALA } from "./support/reference-practices";
import { DESKTOP, PHONE } from "./support/viewports";

// The first screen of the main templates at a phone's and a desktop's width, compared with the
// pictures in tests/e2e/__screens__/ (`npx playwright test screens --update-snapshots` redraws
// them after an intended change; look at each one before committing it). These run in their own
// project, before every other spec, so the demo data they show is as seeded. What changes from run
// to run (the visit counter, the render time) is painted over.

const TEMPLATES = [
  { name: "strona-glowna", path: "/" },
  { name: "praktyka", path: `/praktyki/${BIELSKO_BIALA.slug}` },
  { name: "wyszukiwanie", path: "/szukaj?q=bezrobotnych&wojewodztwo=slaskie" },
  { name: "kategoria", path: `/kategorie/${BIELSKO_BIALA.category.slug}` },
] as const;

for (const viewport of [PHONE, DESKTOP]) {
  test.describe(`At ${viewport.width} px`, () => {
    test.use({ viewport, javaScriptEnabled: false });

    for (const template of TEMPLATES) {
      test(`${template.name} looks as approved`, async ({ page }) => {
        await page.goto(template.path);
        await expect(page).toHaveScreenshot(`${template.name}-${viewport.width}.png`, {
          mask: [page.getByRole("contentinfo")],
        });
      });
    }
  });
}
