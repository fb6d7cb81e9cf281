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

  figure(index: number): Locator {
    return this.form.getByRole("group", { name: "Rezultaty w liczbach" }).getByRole("listitem").nth(index);
  }

  async addFigure(): Promise<void> {
    await this.form.getByRole("button", { name: "Dodaj liczbę" }).click();
  }

  async fillFigure(index: number, value: string, label: string): Promise<void> {
    await this.figure(index).getByLabel("Liczba").fill(value);
    await this.figure(index).getByLabel("Czego dotyczy").fill(label);
  }

  /** A box of a group of checkboxes ("Źródła finansowania", "Cele zrównoważonego rozwoju ONZ"). */
  checkbox(group: string | RegExp, label: string): Locator {
    return this.form.getByRole("group", { name: group }).getByRole("checkbox", { name: label, exact: true });
  }

  async save(name: "Zapisz jako szkic" | "Zapisz zmiany" | "Zapisz i opublikuj" | "Zapisz i opublikuj zmiany"): Promise<void> {
    await this.form.getByRole("button", { name, exact: true }).click();
  }
}
