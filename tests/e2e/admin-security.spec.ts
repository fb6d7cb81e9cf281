import { createHash, randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./support/admin";
import { getAs, SESSION_COOKIE, sessionToken } from "./support/sessions";

// Security of the admin over real HTTP: every anonymous variant, sessions, throttling, replay.

const ADMIN_URLS = [
  "/admin",
  "/admin/praktyki/nowa",
  "/admin/praktyki/1",
  "/admin/praktyki/1/historia",
  "/admin/praktyki/1/usun",
  "/admin/praktyki/1/zalaczniki/1",
  "/admin/dziennik",
  "/admin/konta",
  "/admin/konta/1",
  "/admin/konto",
  "/admin/kategorie",
  "/admin/kategorie/1",
  "/admin/publikacje",
  "/admin/publikacje/nowa",
  "/admin/publikacje/1",
  "/admin/publikacje/1/usun",
  "/admin/inne-bazy",
  "/admin/inne-bazy/nowa",
  "/admin/inne-bazy/1",
  "/admin/inne-bazy/1/usun",
  "/admin/zgloszenia",
  "/admin/zgloszenia/1",
  "/admin/zgloszenia/1/zalaczniki/1",
  "/admin/nie-ma-takiej-strony",
];

const MIDDLEWARE_BYPASS = "middleware:middleware:middleware:middleware:middleware";

type Variant = { name: string; path: (url: string) => string; headers: Record<string, string>; expected: "redirect" | "401" };

const VARIANTS: Variant[] = [
  { name: "page", path: (url) => url, headers: {}, expected: "redirect" },
  { name: ".rsc", path: (url) => `${url}.rsc`, headers: {}, expected: "401" },
  { name: "RSC: 1", path: (url) => url, headers: { rsc: "1" }, expected: "401" },
  { name: "RSC: 1 with _rsc", path: (url) => `${url}?_rsc=abc12`, headers: { rsc: "1" }, expected: "401" },
  { name: "Next-Router-Prefetch: 1", path: (url) => url, headers: { rsc: "1", "next-router-prefetch": "1" }, expected: "401" },
  { name: "x-middleware-subrequest", path: (url) => url, headers: { "x-middleware-subrequest": MIDDLEWARE_BYPASS }, expected: "redirect" },
  { name: "x-middleware-subrequest (src/)", path: (url) => url, headers: { "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware" }, expected: "redirect" },
];

const FORGED = randomBytes(32).toString("base64url");

test.describe("Anonymous requests to the admin get the sign-in page or 401, and no data", () => {
  for (const cookie of [null, FORGED]) {
    test(`every admin address, every variant, ${cookie ? "with a made-up session cookie" : "without a cookie"}`, async ({ request }) => {
      for (const url of ADMIN_URLS) {
        for (const variant of VARIANTS) {
          const response = await getAs(request, variant.path(url), cookie, variant.headers);
          const label = `${variant.name} ${url}`;
          if (variant.expected === "redirect") {
            expect(response.status(), label).toBe(303);
            expect(response.headers().location, label).toMatch(/^\/admin\/logowanie\?powrot=%2Fadmin/);
          } else {
            expect(response.status(), label).toBe(401);
          }
          const body = await response.text();
          expect(body.length, label).toBeLessThan(100);
          expect(response.headers()["cache-control"], label).toBe("no-store");
        }
      }
    });
  }

  test("POSTs that are not a page's server-action call are gated like reads", async ({ request }) => {
    const POSTS: { name: string; headers: Record<string, string>; expected: number }[] = [
      { name: "form", headers: { "content-type": "application/x-www-form-urlencoded" }, expected: 303 },
      { name: "RSC: 1", headers: { rsc: "1", "content-type": "text/plain;charset=UTF-8" }, expected: 401 },
      { name: "RSC: 1 with a router state", headers: { rsc: "1", "next-router-state-tree": "%5B%22%22%5D" }, expected: 401 },
      { name: "JSON", headers: { accept: "application/json", "content-type": "multipart/form-data; boundary=x" }, expected: 401 },
    ];
    for (const url of [...ADMIN_URLS, "/admin/praktyki/1/zalaczniki/wyslij"]) {
      for (const variant of POSTS) {
        const response = await request.post(url, { headers: variant.headers, data: "a=1", maxRedirects: 0 });
        const label = `POST ${variant.name} ${url}`;
        expect(response.status(), label).toBe(variant.expected);
        if (variant.expected === 303) expect(response.headers().location, label).toMatch(/^\/admin\/logowanie\?powrot=%2Fadmin/);
        expect((await response.text()).length, label).toBeLessThan(100);
        expect(response.headers()["cache-control"], label).toBe("no-store");
      }
    }
  });

  test("HEAD and a sign-in page that leaves the admin are refused too", async ({ request }) => {
    const head = await request.head("/admin/dziennik", { maxRedirects: 0 });
    expect(head.status()).toBe(303);
    const login = await request.get("/admin/logowanie?powrot=//evil.example/admin");
    expect(await login.text()).toContain('name="powrot" value="/admin"');
  });
});

test.describe("Sessions", () => {
  test("a cookie planted before signing in is replaced (no session fixation)", async ({ page, context, editor, database, request }) => {
    const planted = randomBytes(32).toString("base64url");
    await page.goto("/admin/logowanie");
    await page.evaluate((value) => (document.cookie = `__Host-bdp-sesja=${value}; Secure; Path=/; SameSite=Lax`), planted);
    expect((await context.cookies()).find((item) => item.name === SESSION_COOKIE)?.value).toBe(planted);
    await signIn(page, editor);
    const token = await sessionToken(context);
    expect(token).not.toBe(planted);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = (await context.cookies()).find((item) => item.name === SESSION_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax", path: "/" });
    expect((await getAs(request, "/admin", planted)).status()).toBe(303);
    expect((await getAs(request, "/admin", token)).status()).toBe(200);
    // Only the hash is stored.
    const { rows } = await database.query("SELECT token_hash FROM session WHERE user_id = $1", [editor.id]);
    expect(rows).toEqual([{ token_hash: createHash("sha256").update(token).digest("hex") }]);
  });

  test("signing out ends the session on the server: its cookie no longer works", async ({ page, context, editor, request, database }) => {
    await signIn(page, editor);
    const token = await sessionToken(context);
    await page.getByRole("button", { name: "Wyloguj się" }).click();
    await expect(page).toHaveURL(/wylogowano=1/);
    expect((await context.cookies()).find((item) => item.name === SESSION_COOKIE)).toBeUndefined();
    for (const variant of VARIANTS) {
      expect((await getAs(request, variant.path("/admin"), token, variant.headers)).status(), variant.name).toBeGreaterThanOrEqual(300);
    }
    expect((await database.query("SELECT 1 FROM session WHERE user_id = $1", [editor.id])).rowCount).toBe(0);
  });

  test("idle and expired sessions, and those of deactivated accounts, no longer work", async ({ page, context, editor, request, database }) => {
    await signIn(page, editor);
    const token = await sessionToken(context);
    // The page's own requests (prefetches) would keep the session alive behind the test's back.
    await page.goto("about:blank");
    const hash = createHash("sha256").update(token).digest("hex");
    expect((await getAs(request, "/admin/konto", token)).status()).toBe(200);
    await database.query("UPDATE session SET last_seen_at = now() - interval '2 hours' WHERE token_hash = $1", [hash]);
    expect((await getAs(request, "/admin/konto", token)).status()).toBe(303);
    await database.query("UPDATE session SET last_seen_at = now(), expires_at = now() - interval '1 second' WHERE token_hash = $1", [hash]);
    expect((await getAs(request, "/admin/konto", token)).status()).toBe(303);
    await database.query("UPDATE session SET expires_at = now() + interval '1 hour' WHERE token_hash = $1", [hash]);
    expect((await getAs(request, "/admin/konto", token)).status()).toBe(200);
    await database.query("UPDATE app_user SET active = false WHERE id = $1", [editor.id]);
    expect((await getAs(request, "/admin/konto", token)).status()).toBe(303);
  });

  test("an editor is refused the administrators' pages", async ({ page, editor, consoleErrors }) => {
    await signIn(page, editor);
    for (const url of ["/admin/dziennik", "/admin/konta", "/admin/konta/nowe", "/admin/konta/1"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Brak uprawnień");
    }
    // The browser reports each 403 document as a failed resource: expected here.
    expect(consoleErrors.every((error) => error.includes("status of 403"))).toBe(true);
    consoleErrors.length = 0;
  });
});

/** Submits the sign-in form and waits for its answer to be drawn (the form is reset after it). */
async function submitLogin(page: Page): Promise<void> {
  const answered = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  await answered;
  await expect(page.getByRole("button", { name: "Zaloguj się" })).toBeEnabled();
  await expect(page.getByLabel("Hasło")).toHaveValue("");
}

test.describe("Sign-in throttling", () => {
  test("after five wrong passwords even the right one is refused for a while, with exactly the same answer", async ({ page, editor, database }) => {
    try {
      await page.goto("/admin/logowanie");
      // The waiting is stated up front, so a closed account needs no answer of its own.
      await expect(page.getByText("Po kilku nieudanych próbach kolejną można podjąć dopiero po chwili; przerwa rośnie z każdą próbą.")).toBeVisible();
      const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Zaloguj się" }) });
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        await page.getByLabel("Adres e-mail").fill(editor.email);
        await page.getByLabel("Hasło").fill(`złe hasło numer ${attempt}`);
        await submitLogin(page);
        await expect(page.getByRole("alert", { name: "Wystąpił problem" })).toContainText("Nieprawidłowy e-mail lub hasło.");
      }
      const wrongPasswordAnswer = await form.innerHTML();
      // An unknown account gets exactly the same answer.
      await page.getByLabel("Adres e-mail").fill("nie-ma-takiego@bdp.invalid");
      await page.getByLabel("Hasło").fill("cokolwiek innego");
      await submitLogin(page);
      await expect(page.getByRole("alert", { name: "Wystąpił problem" }).getByRole("link")).toHaveText("Nieprawidłowy e-mail lub hasło.");

      await page.getByLabel("Adres e-mail").fill(editor.email);
      await page.getByLabel("Hasło").fill(editor.password);
      await submitLogin(page);
      expect(await form.innerHTML()).toBe(wrongPasswordAnswer);
      await expect(page).toHaveURL(/\/admin\/logowanie/);
      const { rows } = await database.query<{ action: string }>(
        "SELECT action FROM audit_event WHERE actor_email = $1 ORDER BY id", [editor.email],
      );
      expect(rows.map((row) => row.action)).toEqual([...Array(5).fill("login-failed"), "login-failed"]);
    } finally {
      await database.query("DELETE FROM login_throttle WHERE key LIKE 'ip:%'");
    }
  });

  test("an e-mail or a password longer than any account's gets the same answer, not an error", async ({ page }) => {
    await page.goto("/admin/logowanie");
    for (const [email, password] of [[`${"a".repeat(250)}@gmina.pl`, "cokolwiek długiego"], ["anna@gmina.pl", "x".repeat(1025)]]) {
      await page.getByLabel("Adres e-mail").fill(email!);
      await page.getByLabel("Hasło").fill(password!);
      await submitLogin(page);
      await expect(page.getByRole("alert", { name: "Wystąpił problem" }).getByRole("link")).toHaveText("Nieprawidłowy e-mail lub hasło.");
    }
  });
});

test.describe("Replaying a captured server action", () => {
  test("without a session, or with a made-up or signed-out one, changes nothing", async ({ page, context, editor, request, database, consoleErrors }) => {
    await signIn(page, editor, "/admin/konto");
    // Capture the browser's "change password" action instead of sending it.
    let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
    await page.route("**/admin/konto", async (route) => {
      const post = route.request();
      if (post.method() !== "POST") return route.continue();
      captured = { url: post.url(), headers: await post.allHeaders(), body: post.postDataBuffer()! };
      await route.abort();
    });
    const newPassword = "nowe hasło po powtórce żądania";
    await page.getByLabel("Obecne hasło").fill(editor.password);
    await page.getByLabel("Nowe hasło", { exact: true }).fill(newPassword);
    await page.getByLabel("Powtórz nowe hasło").fill(newPassword);
    await page.getByRole("button", { name: "Zmień hasło" }).click();
    await expect.poll(() => captured).toBeDefined();
    await page.unroute("**/admin/konto");

    const passwordHash = async () => (await database.query("SELECT password_hash FROM app_user WHERE id = $1", [editor.id])).rows[0].password_hash as string;
    const before = await passwordHash();
    const replay = (cookie: string | null) => {
      const headers = Object.fromEntries(Object.entries(captured!.headers).filter(([name]) => !name.startsWith(":") && name !== "cookie"));
      return request.post(captured!.url, { headers: { ...headers, ...(cookie ? { cookie } : {}) }, data: captured!.body, maxRedirects: 0 });
    };
    const token = await sessionToken(context);
    await page.goto("/admin/konto");
    // The aborted request failed in the page, as it had to: those errors are expected.
    const expected = consoleErrors.filter((error) => /Failed to fetch|ERR_FAILED/.test(error));
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !expected.includes(error)));
    await page.getByRole("button", { name: "Wyloguj się" }).click();
    await expect(page).toHaveURL(/wylogowano=1/);

    for (const cookie of [null, `${SESSION_COOKIE}=${FORGED}`, `${SESSION_COOKIE}=${token}`]) await replay(cookie);
    expect(await passwordHash()).toBe(before);
    expect((await database.query("SELECT 1 FROM audit_event WHERE action = 'password-changed' AND actor_id = $1", [editor.id])).rowCount).toBe(0);

    // The same request with a live session does change the password: the replays above were real attempts.
    await signIn(page, editor, "/admin/konto");
    await replay(`${SESSION_COOKIE}=${await sessionToken(context)}`);
    expect(await passwordHash()).not.toBe(before);
  });
});
