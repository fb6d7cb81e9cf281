import { expectNoViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// "Gminy takie jak moja": selects and a GET form without JavaScript, a type-ahead over the TERYT
// units with it; the results are a shareable address. A named unit's population band is preset
// from GUS's figure. The demo data has two rural gminas of kujawsko-pomorskie with 5–20 thousand
// residents (Lubicz and Cekcyn; GUS counts about 6,800 in Cekcyn).

const PATH = "/gminy-takie-jak-moja";
const LUBICZ = "Dzienny Dom Seniora i sąsiedzkie usługi opiekuńcze w gminie Lubicz";
const CEKCYN = /^Szkoła otwarta po lekcjach/;
const CEKCYN_POPULATION = /Liczba mieszkańców: ok\. 6\s800 \(GUS, stan na 31 grudnia 2024 r\.\)/;

test.describe("Without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the selects and „Pokaż” give comparable practices, why each fits, and a shareable address", async ({ page }) => {
    await page.goto(PATH);
    await expect(page.getByRole("combobox", { name: "Nazwa Twojej jednostki" })).toHaveCount(0);
    await page.getByLabel("Typ jednostki", { exact: true }).selectOption({ label: "gmina wiejska" });
    await page.getByLabel("Województwo", { exact: true }).selectOption({ label: "kujawsko-pomorskie" });
    await page.getByLabel("Liczba mieszkańców", { exact: true }).selectOption({ label: "5–20 tys." });
    await page.getByRole("button", { name: "Pokaż" }).click();
    await expect(page).toHaveURL(`${PATH}?typ=gmina-wiejska&wojewodztwo=kujawsko-pomorskie&ludnosc=5-20-tys`);

    const results = page.getByRole("region", { name: /^Praktyki jednostek podobnych do: gmina wiejska, 5–20 tys\. mieszkańców/ });
    const items = results.getByRole("listitem");
    const firstTwo = [await items.nth(0).getByRole("link").textContent(), await items.nth(1).getByRole("link").textContent()];
    expect(firstTwo).toContain(LUBICZ);
    expect(firstTwo.some((title) => CEKCYN.test(title ?? ""))).toBe(true);
    await expect(items.first()).toContainText(/Dlaczego pasuje: gmina wiejska, \d+ tys\. mieszkańców, województwo kujawsko-pomorskie/);
    expect(await items.count()).toBeGreaterThan(2);

    const shared = results.getByRole("link", { name: `${PATH}?typ=gmina-wiejska&wojewodztwo=kujawsko-pomorskie&ludnosc=5-20-tys` });
    await shared.click();
    await expect(page.getByLabel("Województwo", { exact: true })).toHaveValue("kujawsko-pomorskie");
  });

  test("a TERYT code names the unit and presets its band; bad values get a Polish message, never an error page", async ({ page }) => {
    await page.goto(`${PATH}?jednostka=0416012`);
    const results = page.getByRole("region", { name: /Cekcyn – gmina wiejska, powiat tucholski/ });
    await expect(results.getByText(CEKCYN_POPULATION)).toBeVisible();
    await expect(results.getByRole("link", { name: LUBICZ })).toBeVisible();
    await expect(page.getByLabel("Typ jednostki", { exact: true })).toHaveValue("gmina-wiejska");
    await expect(page.getByLabel("Liczba mieszkańców", { exact: true })).toHaveValue("5-20-tys");
    // A band chosen by hand wins over the preset one.
    await page.goto(`${PATH}?jednostka=0416012&ludnosc=do-5-tys`);
    await expect(page.getByLabel("Liczba mieszkańców", { exact: true })).toHaveValue("do-5-tys");

    const response = await page.goto(`${PATH}?jednostka=9999999&ludnosc=milion&typ=<b>`);
    expect(response?.status()).toBe(200);
    const summary = page.getByRole("alert");
    await expect(summary.getByRole("heading", { name: "Nie możemy pokazać wyników" })).toBeVisible();
    await expect(summary).toContainText("Nie znamy jednostki o takim kodzie TERYT");
    await expect(summary).toContainText("Wybierz liczbę mieszkańców z listy.");
    await expect(page.getByRole("region", { name: /Praktyki jednostek podobnych/ })).toHaveCount(0);
  });
});

test.describe("With JavaScript", () => {
  test("the type-ahead picks a unit by keyboard and fills the form; axe is clean at 390 and 1366 px", async ({ page }) => {
    await page.goto(PATH);
    const combobox = page.getByRole("combobox", { name: "Nazwa Twojej jednostki" });
    await combobox.fill("cekc");
    const option = page.getByRole("option", { name: "Cekcyn – gmina wiejska, powiat tucholski, woj. kujawsko-pomorskie" });
    await expect(option).toBeVisible();
    await expect(combobox).toHaveAttribute("aria-expanded", "true");
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoViolations(page, `${PATH} with the list open at ${width} px`);
    }
    await combobox.press("ArrowDown");
    await expect(combobox).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
    await combobox.press("Enter");
    await expect(combobox).toHaveAttribute("aria-expanded", "false");
    await expect(combobox).toHaveValue("Cekcyn – gmina wiejska, powiat tucholski, woj. kujawsko-pomorskie");
    await expect(page.getByLabel("Typ jednostki", { exact: true })).toHaveValue("gmina-wiejska");
    await expect(page.getByLabel("Województwo", { exact: true })).toHaveValue("kujawsko-pomorskie");
    const band = page.getByLabel("Liczba mieszkańców", { exact: true });
    await expect(band).toHaveValue("5-20-tys");

    // Changing the band by hand keeps the unit.
    await band.selectOption("20-50-tys");
    await band.selectOption("5-20-tys");
    await expect(page.locator('input[name="jednostka"]')).toHaveValue("0416012");
    await page.getByRole("button", { name: "Pokaż" }).click();
    await expect(page).toHaveURL(`${PATH}?jednostka=0416012&ludnosc=5-20-tys`);
    const results = page.getByRole("region", { name: /Praktyki jednostek podobnych do: Cekcyn/ });
    await expect(results.getByRole("link", { name: LUBICZ })).toBeVisible();
    await expect(results.getByText(CEKCYN_POPULATION)).toBeVisible();
    await expect(combobox).toHaveValue(/^Cekcyn/);
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoViolations(page, `${PATH} results at ${width} px`);
    }

    // Escape closes the list; choosing a voivodeship by hand forgets the unit.
    await combobox.fill("Bolesław");
    await expect(page.getByRole("option").first()).toBeVisible();
    await combobox.press("Escape");
    await expect(combobox).toHaveAttribute("aria-expanded", "false");
    await page.getByLabel("Województwo", { exact: true }).selectOption("opolskie");
    await page.getByRole("button", { name: "Pokaż" }).click();
    await expect(page).toHaveURL(`${PATH}?typ=gmina-wiejska&wojewodztwo=opolskie&ludnosc=5-20-tys`);
  });

  test("the type-ahead's answers are small and bad input gets a 400 in Polish", async ({ request }) => {
    const answer = await request.get(`${PATH}/jednostki?q=nowa`);
    expect(answer.status()).toBe(200);
    const body = await answer.body();
    expect(body.length).toBeLessThan(2_000);
    expect(JSON.parse(body.toString())).toHaveLength(10);
    const bad = await request.get(`${PATH}/jednostki?q=`);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).message).toMatch(/Podaj/);
  });

  test("the home page and the search page link to it", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("main").getByRole("link", { name: "Gminy takie jak moja" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Gminy takie jak moja" })).toBeVisible();
    await page.goto("/szukaj");
    await expect(page.getByRole("link", { name: "Praktyki jednostek takich jak Twoja" })).toHaveAttribute("href", PATH);
  });
});
