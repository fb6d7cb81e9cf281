import type { FormError } from "@/components/ui/ErrorSummary";
import { formText, formTexts } from "@/lib/form-data";
import { storedFiguresOf } from "@/features/practice/snapshot";
import { MAX_CONTACTS, MAX_RESULT_FIGURES, type PracticeInput, practiceFormSchema } from "./schema";

// What the practice form holds, as typed (strings), in the browser and in the server action:
// a failed save gives every character back.

export type ContactValues = { name: string; role: string; phone: string; email: string; emailPublic: boolean };

export type FigureValues = { value: string; label: string };

/** The record's structured details as typed (features/practice-editor/schema.ts, practiceDetailsSchema). */
export type DetailsValues = {
  periodStart: string;
  periodEnd: string;
  ongoing: boolean;
  results: string;
  resultFigures: FigureValues[];
  totalCostPln: string;
  fundingSources: string[];
  fundingProgramme: string;
  partners: string;
  transferPotential: string;
  sdgGoals: string[];
};

export type PracticeFormValues = {
  title: string;
  slug: string;
  summary: string;
  body: string;
  primaryCategoryId: string;
  categoryIds: string[];
  unitType: string;
  locality: string;
  voivodeship: string;
  postalCode: string;
  postOffice: string;
  implementingUnit: string;
  street: string;
  website: string;
  population: string;
  contacts: ContactValues[];
} & DetailsValues;

export const EMPTY_CONTACT: ContactValues = { name: "", role: "", phone: "", email: "", emailPublic: true };
export const EMPTY_FIGURE: FigureValues = { value: "", label: "" };

export const EMPTY_DETAILS_VALUES: DetailsValues = {
  periodStart: "", periodEnd: "", ongoing: false, results: "", resultFigures: [], totalCostPln: "", fundingSources: [],
  fundingProgramme: "", partners: "", transferPotential: "", sdgGoals: [],
};

export const EMPTY_VALUES: PracticeFormValues = {
  title: "", slug: "", summary: "", body: "", primaryCategoryId: "", categoryIds: [], unitType: "", locality: "",
  voivodeship: "", postalCode: "", postOffice: "", implementingUnit: "", street: "", website: "", population: "",
  contacts: [{ ...EMPTY_CONTACT }],
  ...EMPTY_DETAILS_VALUES,
};

const CONTACT_FIELDS = ["name", "role", "phone", "email"] as const;
/** A ticked box "nie pokazuj adresu publicznie" next to a contact's e-mail. */
const EMAIL_HIDDEN_FIELD = "emailHidden";

/** The id (and error anchor) of a field; contacts' fields are "contacts.0.name" and so on. */
export function contactFieldId(index: number, field: (typeof CONTACT_FIELDS)[number]): string {
  return `contacts.${index}.${field}`;
}

/** The id (and error anchor) of a figure's field: "resultFigures.0.value". */
export function figureFieldId(index: number, field: keyof FigureValues): string {
  return `resultFigures.${index}.${field}`;
}

export function contactEmailHiddenId(index: number): string {
  return `contacts.${index}.${EMAIL_HIDDEN_FIELD}`;
}

/** Fields in the order of the form, so the error summary lists them top to bottom. */
const FIELD_ORDER = [
  "title", "slug", "summary", "body", "primaryCategoryId", "categoryIds", "unitType", "locality", "voivodeship",
  "postalCode", "postOffice", "implementingUnit", "street", "website", "population", "periodStart", "periodEnd",
  "ongoing", "results", "resultFigures", "totalCostPln", "fundingSources", "fundingProgramme", "partners",
  "transferPotential", "sdgGoals", "contacts",
];

/** Rows of figures ("resultFigures.N.value/label", counted by "figureCount"); empty rows dropped. */
function readFigures(form: FormData, keepEmpty: boolean): FigureValues[] {
  const count = Math.min(Number(formText(form, "figureCount")) || 0, MAX_RESULT_FIGURES + 5);
  const figures: FigureValues[] = [];
  for (let index = 0; index < count; index += 1) {
    const figure = { value: formText(form, figureFieldId(index, "value")), label: formText(form, figureFieldId(index, "label")) };
    if (keepEmpty || figure.value.trim() !== "" || figure.label.trim() !== "") figures.push(figure);
  }
  return figures;
}

/** The details part of a submitted form (also read by the public submission form). */
export function readDetails(form: FormData, { keepEmptyRows = false } = {}): DetailsValues {
  return {
    periodStart: formText(form, "periodStart"),
    periodEnd: formText(form, "periodEnd"),
    ongoing: formText(form, "ongoing") !== "",
    results: formText(form, "results"),
    resultFigures: readFigures(form, keepEmptyRows),
    totalCostPln: formText(form, "totalCostPln"),
    fundingSources: formTexts(form, "fundingSources"),
    fundingProgramme: formText(form, "fundingProgramme"),
    partners: formText(form, "partners"),
    transferPotential: formText(form, "transferPotential"),
    sdgGoals: formTexts(form, "sdgGoals"),
  };
}

/** Contact rows ("contacts.N.field", counted by "contactCount"); a row left entirely empty is dropped. */
export function readContacts(form: FormData, { keepEmptyContacts = false } = {}): ContactValues[] {
  const count = Math.min(Number(formText(form, "contactCount")) || 0, MAX_CONTACTS + 5);
  const contacts: ContactValues[] = [];
  for (let index = 0; index < count; index += 1) {
    const texts = Object.fromEntries(CONTACT_FIELDS.map((field) => [field, formText(form, contactFieldId(index, field))])) as Omit<ContactValues, "emailPublic">;
    const contact = { ...texts, emailPublic: formText(form, contactEmailHiddenId(index)) === "" };
    if (keepEmptyContacts || CONTACT_FIELDS.some((field) => contact[field].trim() !== "")) contacts.push(contact);
  }
  return contacts;
}

/** With `keepEmptyContacts`, rows stay where they are (for moving and removing rows by index). */
export function readPracticeForm(form: FormData, { keepEmptyContacts = false } = {}): PracticeFormValues {
  return {
    title: formText(form, "title"),
    slug: formText(form, "slug"),
    summary: formText(form, "summary"),
    body: formText(form, "body"),
    primaryCategoryId: formText(form, "primaryCategoryId"),
    categoryIds: formTexts(form, "categoryIds"),
    unitType: formText(form, "unitType"),
    locality: formText(form, "locality"),
    voivodeship: formText(form, "voivodeship"),
    postalCode: formText(form, "postalCode"),
    postOffice: formText(form, "postOffice"),
    implementingUnit: formText(form, "implementingUnit"),
    street: formText(form, "street"),
    website: formText(form, "website"),
    population: formText(form, "population"),
    contacts: readContacts(form, { keepEmptyContacts }),
    ...readDetails(form, { keepEmptyRows: keepEmptyContacts }),
  };
}

export type Validation = { ok: true; data: PracticeInput } | { ok: false; errors: FormError[] };

export function validatePracticeForm(values: PracticeFormValues): Validation {
  const result = practiceFormSchema.safeParse(values);
  if (result.success) {
    if (result.data.slug === "") return { ok: false, errors: [{ field: "slug", message: "Z tego tytułu nie da się utworzyć adresu: wpisz adres strony." }] };
    return { ok: true, data: result.data };
  }
  return { ok: false, errors: fieldErrors(result.error.issues) };
}

/** A schema's issues as the form's field errors: one per field, in the order of the form. */
export function fieldErrors(issues: readonly { path: PropertyKey[]; message: string }[]): FormError[] {
  const errors = issues.map((issue) => {
    const path = issue.path.map(String);
    const rowField = (path[0] === "contacts" || path[0] === "resultFigures") && path.length >= 3;
    const listField = path[0] === "categoryIds" || path[0] === "fundingSources" || path[0] === "sdgGoals";
    const field = rowField ? path.join(".") : listField ? path[0]! : (path[0] ?? "title");
    return { field, message: issue.message };
  });
  const rank = (field: string) => FIELD_ORDER.indexOf(field.split(".")[0]!) * 1000 + Number(field.split(".")[1] ?? 0);
  const seen = new Set<string>();
  return errors.sort((a, b) => rank(a.field) - rank(b.field)).filter((error) => !seen.has(error.field) && seen.add(error.field));
}

export function errorsByField(errors: FormError[]): Record<string, string> {
  return Object.fromEntries(errors.map((error) => [error.field, error.message]));
}

type StoredPractice = {
  title: string; slug: string; summary: string; body: string; primaryCategoryId: number; unitType: string; locality: string;
  voivodeship: string; postalCode: string; postOffice: string; implementingUnit: string; street: string | null;
  website: string | null; population: number | null;
  categories: { categoryId: number }[];
  contacts: { name: string; role: string | null; phone: string | null; email: string | null; emailPublic: boolean }[];
  periodStart: Date | null; periodEnd: Date | null; ongoing: boolean; results: string; resultFigures: unknown;
  totalCostPln: number | null; fundingSources: string[]; fundingProgramme: string | null; partners: string;
  transferPotential: string; sdgGoals: number[];
};

const dayText = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

/** The form's values for a stored practice. */
export function valuesOf(practice: StoredPractice): PracticeFormValues {
  return {
    title: practice.title,
    slug: practice.slug,
    summary: practice.summary,
    body: practice.body,
    primaryCategoryId: String(practice.primaryCategoryId),
    categoryIds: practice.categories.map((row) => String(row.categoryId)).filter((id) => id !== String(practice.primaryCategoryId)),
    unitType: practice.unitType,
    locality: practice.locality,
    voivodeship: practice.voivodeship,
    postalCode: practice.postalCode,
    postOffice: practice.postOffice,
    implementingUnit: practice.implementingUnit,
    street: practice.street ?? "",
    website: practice.website ?? "",
    population: practice.population === null ? "" : String(practice.population),
    contacts: practice.contacts.map((contact) => ({
      name: contact.name, role: contact.role ?? "", phone: contact.phone ?? "", email: contact.email ?? "", emailPublic: contact.emailPublic,
    })),
    periodStart: dayText(practice.periodStart),
    periodEnd: dayText(practice.periodEnd),
    ongoing: practice.ongoing,
    results: practice.results,
    resultFigures: storedFiguresOf(practice.resultFigures).map((figure) => ({ value: String(figure.value).replace(".", ","), label: figure.label })),
    totalCostPln: practice.totalCostPln === null ? "" : String(practice.totalCostPln),
    fundingSources: practice.fundingSources,
    fundingProgramme: practice.fundingProgramme ?? "",
    partners: practice.partners,
    transferPotential: practice.transferPotential,
    sdgGoals: practice.sdgGoals.map(String),
  };
}
