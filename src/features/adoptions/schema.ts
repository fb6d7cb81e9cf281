import { z } from "zod";
import { ALL_UNIT_TYPES, ALL_VOIVODESHIPS } from "@/features/practice/vocabulary";
import type { UnitType, Voivodeship } from "@/generated/prisma/enums";

// "Wdrożyliśmy to u siebie": a unit reports that it repeated a practice. Field names are the
// form's (Polish), as are the ids the error summary links to.

export const ADOPTION_LIMITS = { unitName: 200, changes: 3000, name: 120, email: 254 } as const;
export const FIRST_ADOPTION_YEAR = 1990;

/** Per client address and per reporter's address. */
export const ADOPTION_RATE = { limit: 5, windowSeconds: 3600 };

export const adoptionReportSchema = z.object({
  jednostka: z
    .string()
    .trim()
    .min(3, "Wpisz nazwę jednostki, np. Gmina Wieliczka.")
    .max(ADOPTION_LIMITS.unitName, `Nazwa jednostki: najwyżej ${ADOPTION_LIMITS.unitName} znaków.`),
  typ: z.enum(ALL_UNIT_TYPES as [UnitType, ...UnitType[]], "Wybierz typ jednostki."),
  wojewodztwo: z.enum(ALL_VOIVODESHIPS as [Voivodeship, ...Voivodeship[]], "Wybierz województwo."),
  rok: z
    .string()
    .trim()
    .regex(/^\d{4}$/, "Wpisz rok wdrożenia czterema cyframi, np. 2024.")
    .transform(Number)
    .refine((year) => year >= FIRST_ADOPTION_YEAR && year <= new Date().getFullYear(), {
      message: `Rok wdrożenia: od ${FIRST_ADOPTION_YEAR} do bieżącego.`,
    }),
  zmiany: z.string().trim().max(ADOPTION_LIMITS.changes, `Opis zmian: najwyżej ${ADOPTION_LIMITS.changes} znaków.`),
  imie: z.string().trim().min(1, "Wpisz imię i nazwisko osoby do kontaktu.").max(ADOPTION_LIMITS.name, `Imię i nazwisko: najwyżej ${ADOPTION_LIMITS.name} znaków.`),
  email: z
    .string()
    .trim()
    .min(1, "Wpisz adres e-mail: wyślemy na niego link potwierdzający.")
    .max(ADOPTION_LIMITS.email, "Adres e-mail jest za długi.")
    .pipe(z.email("Wpisz adres e-mail w formacie nazwa@domena.pl.")),
});

export type AdoptionReportInput = z.infer<typeof adoptionReportSchema>;
export type AdoptionReportValues = Record<keyof z.input<typeof adoptionReportSchema>, string>;

export const EMPTY_ADOPTION: AdoptionReportValues = { jednostka: "", typ: "", wojewodztwo: "", rok: "", zmiany: "", imie: "", email: "" };

/** The editor's decision on a report in the queue. */
export const adoptionDecisionSchema = z.object({
  id: z.string().regex(/^[1-9]\d{0,9}$/).transform(Number),
  decyzja: z.enum(["zatwierdz", "odrzuc"]),
});
