import { randomUUID } from "node:crypto";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import type pg from "pg";

// The public submission form (/zglos-praktyke, then the steps under /zgloszenie/<token>), by its
// labels and buttons; the same with JavaScript on and off. A browser keeps the fragment of the
// page it posted from ("#contacts" after a contact row was added) across the redirect.

/** The form's fill-time guard refuses a form sent within 3 s of being served. */
const FILL_TIME_MS = 3_200;

export type SubmissionTexts = {
  title: string; summary: string; body: string; locality: string; unit: string; contact: string; email: string;
  results: string; partners: string; programme: string; transfer: string;
};

export function submissionTexts(marker = randomUUID().slice(0, 8)): SubmissionTexts {
  return {
    title: `Sąsiedzkie ogrody deszczowe ${marker}`,
    summary: "Mieszkańcy z gminą zakładają ogrody deszczowe na podwórkach.",
    body: "## Przebieg\n\nWarsztaty, projekt i sadzenie.",
    locality: "Gliwice",
    unit: "Urząd Miejski w Gliwicach",
    contact: "Ewa Kowalczyk",
    email: `zglaszajacy-${marker}@gmina.example.pl`,
    results: "Powstało 12 ogrodów.",
    partners: "Spółdzielnia mieszkaniowa",
    programme: "Program „Moja woda”, nabór 2021",
    transfer: "Ogrodnik na pół etatu i 4000 zł na ogród; pułapka: zgody wspólnot.",
  };
}

export class SubmissionForm {
  constructor(readonly page: Page) {}

  form(name: string | RegExp): Locator {
    return this.page.getByRole("form", { name });
  }

  get errorSummary(): Locator {
    return this.page.getByRole("alert").filter({ has: this.page.getByRole("heading") });
  }

  /** The private link's token, from the address bar. */
  get token(): string {
    return /\/zgloszenie\/([A-Za-z0-9_-]{43})/.exec(this.page.url())?.[1] ?? "";
  }

  async start(texts: SubmissionTexts, name = "Jan Zgłaszający"): Promise<void> {
    await this.page.goto("/zglos-praktyke");
    const form = this.form("Kto zgłasza praktykę");
    await form.getByLabel("Imię i nazwisko").fill(name);
    await form.getByLabel("Adres e-mail").fill(texts.email);
    await form.getByLabel("Jednostka, którą reprezentujesz").fill(texts.unit);
    await this.page.waitForTimeout(FILL_TIME_MS);
    await form.getByRole("button", { name: "Rozpocznij zgłoszenie" }).click();
    await expect(this.page).toHaveURL(/\/zgloszenie\/[A-Za-z0-9_-]{43}\/jednostka$/);
  }

  async next(): Promise<void> {
    await this.page.getByRole("button", { name: "Zapisz i przejdź dalej" }).click();
  }

  async fillUnit(texts: SubmissionTexts): Promise<void> {
    const form = this.form("Jednostka");
    await form.getByLabel("Typ jednostki").selectOption({ label: "gmina miejska" });
    await form.getByLabel("Miejscowość").fill(texts.locality);
    await form.getByLabel("Województwo").selectOption({ label: "śląskie" });
    await form.getByLabel("Kod pocztowy").fill("44-100");
    await form.getByLabel("Poczta").fill(texts.locality);
    await this.next();
    await expect(this.page).toHaveURL(/\/praktyka(#.*)?$/);
  }

  async fillPractice(texts: SubmissionTexts): Promise<void> {
    const form = this.form("Praktyka");
    await form.getByLabel("Tytuł praktyki").fill(texts.title);
    await form.getByLabel("Kategoria główna").selectOption({ index: 1 });
    await form.getByLabel("Skrót").fill(texts.summary);
    await form.getByLabel("Pełna prezentacja").fill(texts.body);
    await this.next();
    await expect(this.page).toHaveURL(/\/szczegoly(#.*)?$/);
  }

  async fillDetails(texts: SubmissionTexts): Promise<void> {
    const form = this.form("Szczegóły");
    await form.getByLabel("Data rozpoczęcia (nieobowiązkowo)").fill("2021-04-01");
    await form.getByLabel("Praktyka trwa").check();
    await form.getByLabel("Rezultaty i wpływ (nieobowiązkowo)").fill(texts.results);
    await form.getByLabel("Liczba 1", { exact: true }).fill("12");
    await form.getByLabel("Czego dotyczy liczba 1", { exact: true }).fill("ogrodów deszczowych");
    await form.getByLabel("Całkowity koszt w złotych (nieobowiązkowo)").fill("48000");
    await form.getByLabel("budżet JST").check();
    await form.getByLabel("Program lub działanie (nieobowiązkowo)").fill(texts.programme);
    await form.getByLabel("Partnerzy (nieobowiązkowo)").fill(texts.partners);
    await form.getByLabel("Co jest potrzebne, żeby powtórzyć praktykę (nieobowiązkowo)").fill(texts.transfer);
    await form.getByLabel("11. Zrównoważone miasta i społeczności").check();
    await this.next();
    await expect(this.page).toHaveURL(/\/kontakty(#.*)?$/);
  }

  contact(index: number): Locator {
    return this.page.getByRole("group", { name: "Osoby kontaktowe" }).getByRole("listitem").nth(index);
  }

  async fillContacts(texts: SubmissionTexts): Promise<void> {
    const row = this.contact(0);
    await row.getByLabel("Imię i nazwisko").fill(texts.contact);
    await row.getByLabel("E-mail (nieobowiązkowo)").fill(`kontakt.${texts.email}`);
    await row.getByLabel("Nie pokazuj adresu e-mail publicznie").check();
    await this.next();
    await expect(this.page).toHaveURL(/\/zalaczniki(#.*)?$/);
  }

  async attach(file: string): Promise<void> {
    await this.page.getByLabel("Pliki do dołączenia").setInputFiles(path.resolve("tests/fixtures/uploads", file));
    await this.page.getByRole("button", { name: "Dołącz pliki" }).click();
    await expect(this.page.getByText(`Dodano plik „${file}”`)).toBeVisible();
  }

  async send(): Promise<void> {
    await this.page.getByRole("link", { name: "Przejdź do sprawdzenia i wysłania" }).click();
    await expect(this.page).toHaveURL(/\/wyslij(#.*)?$/);
    await this.page.waitForTimeout(FILL_TIME_MS);
    await this.page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
    await expect(this.page.getByText("Sprawdź pocztę.")).toBeVisible();
  }

  /** A submission returned for changes, sent again from its review step (the address is confirmed already). */
  async resend(): Promise<void> {
    await this.page.getByRole("navigation", { name: "Kroki zgłoszenia" }).getByRole("link", { name: "Sprawdzenie i wysłanie" }).click();
    await expect(this.page).toHaveURL(/\/wyslij(#.*)?$/);
    await this.page.waitForTimeout(FILL_TIME_MS);
    await this.page.getByRole("button", { name: "Wyślij poprawione zgłoszenie" }).click();
    await expect(this.page.getByText("Wysłano poprawione zgłoszenie.")).toBeVisible();
    await expect(this.page.getByText("Stan: nowe")).toBeVisible();
  }

  /** The path of the confirmation link mailed to `email` (read from the outbox). */
  static async confirmationPath(database: pg.Pool, email: string): Promise<string> {
    const { rows } = await database.query<{ text: string }>(
      "SELECT text FROM outbox_mail WHERE kind = 'submission-confirm' AND recipient = $1 ORDER BY id DESC LIMIT 1",
      [email],
    );
    const link = /https?:\/\/[^\s/]+(\/zglos-praktyke\/potwierdz\/[A-Za-z0-9_-]{43})/.exec(rows[0]?.text ?? "");
    expect(link, "a confirmation link in the outbox").not.toBeNull();
    return link![1]!;
  }

  async confirm(confirmationPath: string): Promise<void> {
    await this.page.goto(confirmationPath);
    await this.page.getByRole("button", { name: "Potwierdzam i wysyłam zgłoszenie" }).click();
    await expect(this.page).toHaveURL(/\/zgloszenie\/[A-Za-z0-9_-]{43}\?potwierdzono=1$/);
    await expect(this.page.getByText("Stan: nowe")).toBeVisible();
  }
}

/** The public form throttles starts per address; the tests start many from one. */
export async function forgetSubmissionThrottling(database: pg.Pool): Promise<void> {
  await database.query("DELETE FROM rate_limit WHERE key LIKE 'submission-%'");
}
