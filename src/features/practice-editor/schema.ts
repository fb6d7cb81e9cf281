import { z } from "zod";
import { FundingSource, UnitType, Voivodeship } from "@/generated/prisma/enums";
import { SLUG_PATTERN, slugify } from "@/lib/slug";

// The practice form: one schema for the browser (checked before sending) and the server (checked
// again, plus what only the database knows: a free address, existing categories). Messages are
// Polish and say how to fix the field.

export const MAX_CONTACTS = 20;

const text = (max: number, required?: string) => {
  const base = z.string().trim().max(max, `Ten tekst może mieć najwyżej ${max} znaków.`);
  return required ? base.min(1, required) : base;
};

const optionalText = (max: number) =>
  text(max).transform((value) => (value === "" ? null : value));

/** "www.gmina.pl" or "https://www.gmina.pl/strona": an http(s) address with a host that has a dot. */
export const websiteSchema = z
  .string()
  .trim()
  .max(500, "Adres witryny może mieć najwyżej 500 znaków.")
  .refine((value) => {
    if (value === "") return true;
    if (/\s/.test(value)) return false;
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `http://${value}`;
    try {
      const url = new URL(withScheme);
      return (url.protocol === "http:" || url.protocol === "https:") && /^[^.]+(\.[^.]+)+$/.test(url.hostname) && !url.username && !url.password;
    } catch {
      return false;
    }
  }, "Wpisz adres witryny w postaci https://www.gmina.pl albo www.gmina.pl.")
  .transform((value) => (value === "" ? null : value));

export const postalCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{2}-\d{3}$/, "Wpisz kod pocztowy w postaci 00-000, np. 41-800.");

/** A whole number typed with or without spaces ("12 500"); empty is null. */
const wholeNumber = (format: string, max: number, tooLarge: string) =>
  z
    .string()
    .transform((value) => value.replace(/[\s\u00a0]/g, ""))
    .refine((value) => value === "" || /^\d{1,10}$/.test(value), format)
    .transform((value) => (value === "" ? null : Number(value)))
    .refine((value) => value === null || value <= max, tooLarge);

const populationSchema = wholeNumber("Wpisz liczbę mieszkańców cyframi, np. 12500.", 50_000_000, "Liczba mieszkańców wydaje się za duża: sprawdź ją.");

/** Whole złoty; grosze are dropped by the form ("1 234 567,89" is refused with a hint). */
const totalCostSchema = wholeNumber("Wpisz koszt w pełnych złotych, cyframi, np. 250000.", 2_000_000_000, "Koszt wydaje się za duży: sprawdź go.");

function isCalendarDay(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** "RRRR-MM-DD" as an <input type="date"> sends it; empty is null. */
const optionalDateSchema = (message: string) =>
  z
    .string()
    .trim()
    // Round-tripped: Date.parse takes "2011-02-30" for 2 March.
    .refine((value) => value === "" || (/^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDay(value)), message)
    .transform((value) => (value === "" ? null : new Date(`${value}T00:00:00Z`)));

/** A result stated as a figure: "97" + "osób podjęło pracę". */
export const resultFigureSchema = z.object({
  value: z
    .string()
    .transform((value) => value.replace(/[\s\u00a0]/g, "").replace(",", "."))
    .refine((value) => /^\d{1,12}(\.\d{1,2})?$/.test(value), "Wpisz liczbę, np. 97 albo 12,5.")
    .transform(Number),
  label: text(200, "Napisz, czego dotyczy liczba, np. „osób podjęło pracę”."),
});

/** The stored form of the figures (practice.result_figures). */
export const storedResultFiguresSchema = z.array(z.object({ value: z.number(), label: z.string() }));

export const MAX_RESULT_FIGURES = 20;
export const SDG_GOALS = Array.from({ length: 17 }, (_, index) => index + 1);

const idSchema = (message: string) =>
  z.string().regex(/^[1-9]\d{0,9}$/, message).transform(Number);

export const contactSchema = z.object({
  name: text(200, "Wpisz imię i nazwisko osoby kontaktowej."),
  role: optionalText(200),
  phone: z
    .string()
    .trim()
    .max(60, "Numer telefonu może mieć najwyżej 60 znaków.")
    .refine((value) => value === "" || /^[+(]?[\d\s()./-]{5,}(w(ew)?\.?\s*\d+)?$/.test(value), "Wpisz numer telefonu cyframi, np. 32 111 22 33.")
    .transform((value) => (value === "" ? null : value)),
  email: z
    .string()
    .trim()
    .max(254, "Adres e-mail może mieć najwyżej 254 znaki.")
    .refine((value) => value === "" || z.email().safeParse(value).success, "Wpisz adres e-mail w postaci jan.kowalski@gmina.pl.")
    .transform((value) => (value === "" ? null : value.toLowerCase())),
  /** False: the address is not shown; readers write through "Napisz do autora". */
  emailPublic: z.boolean().default(true),
});

/**
 * The record's structured details (period, results, cost and funding, partners, potential for
 * transfer, SDG goals). Every one may be left empty: existing records have none of them.
 */
export const practiceDetailsSchema = z.object({
  periodStart: optionalDateSchema("Wpisz datę rozpoczęcia w postaci RRRR-MM-DD.").prefault(""),
  periodEnd: optionalDateSchema("Wpisz datę zakończenia w postaci RRRR-MM-DD.").prefault(""),
  /** "Trwa": the practice has not ended. */
  ongoing: z.boolean().default(false),
  results: z.string().max(20_000, "Rezultaty mogą mieć najwyżej 20 000 znaków.").prefault(""),
  resultFigures: z.array(resultFigureSchema).max(MAX_RESULT_FIGURES, `Można podać najwyżej ${MAX_RESULT_FIGURES} liczb.`).default([]),
  totalCostPln: totalCostSchema.prefault(""),
  fundingSources: z.array(z.enum(FundingSource, { message: "Wybierz źródło finansowania z listy." })).max(10).default([]),
  fundingProgramme: optionalText(300).prefault(""),
  partners: text(5_000).prefault(""),
  transferPotential: text(10_000).prefault(""),
  sdgGoals: z
    .array(z.string().regex(/^(1[0-7]|[1-9])$/, "Wybierz cel z listy.").transform(Number))
    .max(17)
    .default([]),
});

/** The period must make sense: an end after the start, and no end for a practice that goes on. */
export function checkPeriod(
  details: { periodStart: Date | null; periodEnd: Date | null; ongoing: boolean },
  context: z.RefinementCtx,
): void {
  if (details.ongoing && details.periodEnd) {
    context.addIssue({ code: "custom", path: ["periodEnd"], message: "Praktyka, która trwa, nie ma daty zakończenia: usuń datę albo odznacz „trwa”." });
  }
  if (details.periodStart && details.periodEnd && details.periodEnd < details.periodStart) {
    context.addIssue({ code: "custom", path: ["periodEnd"], message: "Data zakończenia nie może być wcześniejsza niż data rozpoczęcia." });
  }
}

/** Every field of the practice form, for forms that take a part of it (the public submission form). */
export const practiceFieldsSchema = z
  .object({
    title: text(300, "Wpisz tytuł praktyki."),
    slug: z
      .string()
      .trim()
      .max(200, "Adres może mieć najwyżej 200 znaków.")
      .refine((value) => value === "" || SLUG_PATTERN.test(value), "Adres może zawierać tylko małe litery bez polskich znaków, cyfry i pojedyncze łączniki, np. budzet-obywatelski-w-zabrzu."),
    summary: text(5_000, "Wpisz skrót praktyki."),
    body: z.string().max(200_000, "Pełna prezentacja może mieć najwyżej 200 000 znaków."),
    primaryCategoryId: idSchema("Wybierz kategorię główną."),
    categoryIds: z.array(idSchema("Wybierz kategorię z listy.")).max(50),
    unitType: z.enum(UnitType, { message: "Wybierz typ jednostki." }),
    locality: text(200, "Wpisz miejscowość."),
    voivodeship: z.enum(Voivodeship, { message: "Wybierz województwo." }),
    postalCode: postalCodeSchema,
    postOffice: text(200, "Wpisz pocztę (miejscowość urzędu pocztowego)."),
    implementingUnit: text(300, "Wpisz nazwę jednostki wdrażającej."),
    street: optionalText(200),
    website: websiteSchema,
    population: populationSchema,
    contacts: z.array(contactSchema).max(MAX_CONTACTS, `Można podać najwyżej ${MAX_CONTACTS} osób kontaktowych.`),
  })
  .extend(practiceDetailsSchema.shape);

export const practiceFormSchema = practiceFieldsSchema
  .superRefine(checkPeriod)
  .transform((practice) => ({
    ...practice,
    // An empty address is made from the title ("Budżet w Łodzi" → "budzet-w-lodzi").
    slug: practice.slug || slugify(practice.title).slice(0, 200).replace(/-+$/, ""),
    categoryIds: [...new Set(practice.categoryIds)].filter((id) => id !== practice.primaryCategoryId),
    fundingSources: [...new Set(practice.fundingSources)],
    sdgGoals: [...new Set(practice.sdgGoals)].sort((a, b) => a - b),
  }));

export type PracticeInput = z.output<typeof practiceFormSchema>;

/** A practice's id in an admin URL. */
export { recordIdSchema as practiceIdSchema } from "@/lib/record-id";
