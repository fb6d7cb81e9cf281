import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { UPLOAD_FIXTURES } from "../fixtures/uploads/fixtures";
import { createDraft, expect, purgePractice, signIn, test } from "./support/admin";
import { BIELSKO_BIALA } from "./support/reference-practices";
import { getAs, SESSION_COOKIE, sessionToken } from "./support/sessions";

const FIXTURES = path.resolve("tests/fixtures/uploads");

function uploadBody(files: string[]): FormData {
  const form = new FormData();
  for (const file of files) form.append("pliki", new Blob([readFileSync(path.join(FIXTURES, file))]), file);
  return form;
}

test.describe("Attachment uploads over HTTP", () => {
  test("are checked by content: every hostile fixture is refused, valid files accepted; Origin and session are required", async ({ page, context, editor, request, baseURL, browser, database }) => {
    test.setTimeout(120_000);
    await signIn(page, editor);
    const id = await createDraft(page, `Załączniki testowe ${randomUUID().slice(0, 6)}`);
    const url = `/admin/praktyki/${id}/zalaczniki/wyslij`;
    const cookie = `${SESSION_COOKIE}=${await sessionToken(context)}`;
    const json = { accept: "application/json" };
    try {
      // State-changing route handlers check Origin, then the session.
      const noOrigin = await request.post(url, { headers: { ...json, cookie }, multipart: uploadBody(["valid.pdf"]) });
      expect(noOrigin.status()).toBe(403);
      const foreign = await request.post(url, { headers: { ...json, cookie, origin: "https://evil.example" }, multipart: uploadBody(["valid.pdf"]) });
      expect(foreign.status()).toBe(403);
      const anonymous = await request.post(url, { headers: { ...json, origin: baseURL! }, multipart: uploadBody(["valid.pdf"]) });
      expect(anonymous.status()).toBe(401);
      const anonymousForm = await request.post(url, { headers: { origin: baseURL! }, multipart: uploadBody(["valid.pdf"]), maxRedirects: 0 });
      expect(anonymousForm.status()).toBe(303);
      expect(anonymousForm.headers().location).toMatch(/^\/admin\/logowanie/);
      expect((await database.query("SELECT count(*)::int AS n FROM attachment WHERE practice_id = $1", [id])).rows[0].n).toBe(0);

      const hostile = UPLOAD_FIXTURES.filter((fixture) => fixture.expected instanceof RegExp);
      for (let start = 0; start < hostile.length; start += 10) {
        const batch = hostile.slice(start, start + 10);
        const response = await request.post(url, { headers: { ...json, cookie, origin: baseURL! }, multipart: uploadBody(batch.map((fixture) => fixture.file)) });
        expect(response.status()).toBe(200);
        const { outcomes } = (await response.json()) as { outcomes: { ok: boolean; message: string }[] };
        batch.forEach((fixture, index) => {
          expect(outcomes[index]?.ok, fixture.file).toBe(false);
          expect(outcomes[index]?.message, fixture.file).toMatch(fixture.expected as RegExp);
        });
      }
      const valid = await request.post(url, { headers: { ...json, cookie, origin: baseURL! }, multipart: uploadBody(["valid.pdf", "valid.xlsx", "valid.jpg", "valid.pdf"]) });
      const { outcomes } = (await valid.json()) as { outcomes: { ok: boolean; message: string }[] };
      expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true, true, false]);
      expect(outcomes[3]!.message).toMatch(/jest już dołączony do tej praktyki/);
      expect((await database.query("SELECT count(*)::int AS n FROM attachment WHERE practice_id = $1", [id])).rows[0].n).toBe(3);
      expect((await database.query("SELECT count(*)::int AS n FROM audit_event WHERE practice_id = $1 AND action = 'attachment-rejected'", [id])).rows[0].n).toBe(hostile.length + 1);

      // More than the request may carry is cut off while it arrives.
      const tooMany = new FormData();
      for (let n = 0; n < 11; n += 1) tooMany.append("pliki", new Blob([readFileSync(path.join(FIXTURES, "valid.png"))]), `obraz-${n}.png`);
      const refused = await request.post(url, { headers: { ...json, cookie, origin: baseURL! }, multipart: tooMany });
      expect(refused.status()).toBe(413);
      expect(((await refused.json()) as { message: string }).message).toMatch(/najwyżej 10 plików/);

      // Moved to the bin by someone else meanwhile: this page's changes to attachments are refused.
      await page.goto(`/admin/praktyki/${id}`);
      const [first] = (await database.query<{ id: number }>("SELECT id FROM attachment WHERE practice_id = $1 ORDER BY position LIMIT 1", [id])).rows;
      await database.query("UPDATE practice SET deleted_at = now() WHERE id = $1", [id]);
      const inBin = page.getByRole("status").filter({ hasText: "Nie zmieniono załączników: praktyka jest w koszu." });
      await page.getByLabel(/^Tytuł pliku valid\.pdf/).fill("Tytuł po przeniesieniu do kosza");
      await page.getByRole("button", { name: "Zapisz tytuły i kolejność" }).click();
      await expect(inBin).toBeVisible();
      await page.goto(`/admin/praktyki/${id}/zalaczniki/${first!.id}/usun`);
      await expect(inBin).toBeVisible();
      const { rows: kept } = await database.query("SELECT title FROM attachment WHERE practice_id = $1 ORDER BY position", [id]);
      expect(kept).toHaveLength(3);
      expect(kept.map((row) => row.title)).not.toContain("Tytuł po przeniesieniu do kosza");
    } finally {
      await purgePractice(browser, database, id);
    }
  });
});

test.describe("Security headers", () => {
  const REQUIRED = (csp: string) => {
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  };

  test("every kind of response carries CSP, nosniff and a referrer policy; HSTS only over HTTPS", async ({ request }) => {
    const home = await request.get("/");
    const css = (await home.text()).match(/\/_next\/static\/[^"]+\.css/)?.[0];
    expect(css).toBeDefined();
    for (const url of ["/", "/o-banku", `/praktyki/${BIELSKO_BIALA.slug}`, "/szukaj?q=rower", "/nie-ma-takiej-strony", css!, "/icon.svg", "/admin", "/admin/logowanie", "/admin.rsc"]) {
      const response = await request.get(url, { maxRedirects: 0 });
      const headers = response.headers();
      REQUIRED(headers["content-security-policy"] ?? "");
      expect(headers["x-content-type-options"], url).toBe("nosniff");
      expect(headers["referrer-policy"], url).toBeTruthy();
      expect(headers["strict-transport-security"], url).toBeUndefined();
    }
    const internal = await request.post("/api/wewnetrzne/odswiez");
    REQUIRED(internal.headers()["content-security-policy"] ?? "");
  });

  test("the admin's scripts run only with the response's nonce", async ({ request }) => {
    const response = await request.get("/admin/logowanie");
    const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
    expect(nonce).toBeDefined();
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  });

  test("public pages set no cookies, also for a signed-in editor", async ({ page, context, editor, request }) => {
    await signIn(page, editor);
    const token = await sessionToken(context);
    for (const url of ["/", `/praktyki/${BIELSKO_BIALA.slug}`, `/praktyki/${BIELSKO_BIALA.slug}/prezentacja`, `/kategorie/${BIELSKO_BIALA.category.slug}`, "/szukaj?q=rewitalizacja", "/o-banku", "/nie-ma"]) {
      for (const cookie of [null, token]) {
        const response = await getAs(request, url, cookie);
        expect(response.headers()["set-cookie"], url).toBeUndefined();
      }
    }
  });
});
