import type { Locator, Page } from "@playwright/test";

export type ContactInput = { name: string; role?: string; phone?: string; email?: string };

/** The practice form of /admin/praktyki/nowa and /admin/praktyki/<id>, by its labels. */
export class AdminPracticeForm {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByRole("form", { name: /praktyk/ });
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  get errorSummary(): Locator {
    return this.page.getByRole("alert").filter({ hasText: "Wystąpił problem" });
  }

  contact(index: number): Locator {
    return this.form.getByRole("group", { name: "Osoby kontaktowe" }).getByRole("listitem").nth(index);
  }

  async fillContact(index: number, contact: ContactInput): Promise<void> {
    const row = this.contact(index);
    await row.getByLabel("Imię i nazwisko").fill(contact.name);
    if (contact.role) await row.getByLabel("Funkcja (nieobowiązkowo)").fill(contact.role);
    if (contact.phone) await row.getByLabel("Telefon (nieobowiązkowo)").fill(contact.phone);
    if (contact.email) await row.getByLabel("E-mail (nieobowiązkowo)").fill(contact.email);
  }

  async addContact(): Promise<void> {
    await this.form.getByRole("button", { name: "Dodaj osobę kontaktową" }).click();
  }

  async save(name: "Zapisz jako szkic" | "Zapisz zmiany" | "Zapisz i opublikuj" | "Zapisz i opublikuj zmiany"): Promise<void> {
    await this.form.getByRole("button", { name, exact: true }).click();
  }
}
