import { z } from "zod";
import { UnitType, Voivodeship } from "@/generated/prisma/enums";
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

const populationSchema = z
  .string()
  .transform((value) => value.replace(/[\s\u00a0]/g, ""))
  .refine((value) => value === "" || /^\d{1,9}$/.test(value), "Wpisz liczbę mieszkańców cyframi, np. 12500.")
  .transform((value) => (value === "" ? null : Number(value)))
  .refine((value) => value === null || value <= 50_000_000, "Liczba mieszkańców wydaje się za duża: sprawdź ją.");

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
});

export const practiceFormSchema = z
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
  .transform((practice) => ({
    ...practice,
    // An empty address is made from the title ("Budżet w Łodzi" → "budzet-w-lodzi").
    slug: practice.slug || slugify(practice.title).slice(0, 200).replace(/-+$/, ""),
    categoryIds: [...new Set(practice.categoryIds)].filter((id) => id !== practice.primaryCategoryId),
  }));

export type PracticeInput = z.output<typeof practiceFormSchema>;

/** A practice's id in an admin URL. */
export { recordIdSchema as practiceIdSchema } from "@/lib/record-id";
