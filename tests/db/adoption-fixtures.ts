import { confirmAdoptionReport, createAdoptionReport, reviewAdoptionReport } from "../../src/features/adoptions/mutations";
import { adoptionReportSchema } from "../../src/features/adoptions/schema";
import { db } from "../../src/lib/db";

// Adoption reports for database tests: the input of the public form, and a report taken through
// the whole flow (report → the e-mail's link → an editor's approval).

export const adoptionInput = (overrides: Record<string, string> = {}) =>
  adoptionReportSchema.parse({
    jednostka: "Gmina Wieliczka",
    typ: "GMINA_MIEJSKO_WIEJSKA",
    wojewodztwo: "MALOPOLSKIE",
    rok: "2024",
    zmiany: "Warsztaty prowadzi gminna biblioteka zamiast ośrodka pomocy.",
    imie: "Maria Zielińska",
    email: "m.zielinska@wieliczka.example.pl",
    ...overrides,
  });

/** The token of the newest confirmation link, read from the outbox as the reporter would. */
export async function tokenOfLatestConfirmation(): Promise<string> {
  const mail = await db.outboxMail.findFirstOrThrow({ where: { kind: "adoption-confirm" }, orderBy: { id: "desc" } });
  return /\/wdrozenia\/potwierdz\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
}

export async function approvedAdoption(practiceSlug: string, editor: { id: number; email: string }): Promise<number> {
  const report = await createAdoptionReport(practiceSlug, adoptionInput(), "");
  await confirmAdoptionReport(await tokenOfLatestConfirmation());
  await reviewAdoptionReport(report!.id, true, editor, "");
  return report!.id;
}
