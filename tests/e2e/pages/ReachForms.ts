import type { Locator, Page } from "@playwright/test";

// The public forms of a practice: "Napisz do autora" and "Wdrożyliśmy to u siebie", by their labels.

/** The forms refuse posts sent sooner than 3 s after the page was served (features/public-forms/guard.ts). */
export const MIN_FILL_MS = 3_500;

export type Message = { name: string; email: string; message: string };
export type Adoption = { unit: string; year: string; changes: string; name: string; email: string };

export class ContactAuthorForm {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByRole("form", { name: "Napisz do autora" });
  }

  async fill(message: Message): Promise<void> {
    await this.form.getByLabel("Imię i nazwisko").fill(message.name);
    await this.form.getByLabel("Twój adres e-mail").fill(message.email);
    await this.form.getByLabel("Wiadomość").fill(message.message);
  }

  async send(): Promise<void> {
    await this.form.getByRole("button", { name: "Wyślij wiadomość" }).click();
  }
}

export class AdoptionReportForm {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByRole("form", { name: "Zgłoszenie wdrożenia" });
  }

  async fill(adoption: Adoption): Promise<void> {
    await this.form.getByLabel("Nazwa jednostki").fill(adoption.unit);
    await this.form.getByLabel("Typ jednostki").selectOption({ label: "gmina wiejska" });
    await this.form.getByLabel("Województwo").selectOption({ label: "podlaskie" });
    await this.form.getByLabel("Rok wdrożenia").fill(adoption.year);
    await this.form.getByLabel(/Co zmieniliście/).fill(adoption.changes);
    await this.form.getByLabel("Imię i nazwisko").fill(adoption.name);
    await this.form.getByLabel("Adres e-mail").fill(adoption.email);
  }

  async send(): Promise<void> {
    await this.form.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  }
}
