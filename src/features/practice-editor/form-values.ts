import type { FormError } from "@/components/ui/ErrorSummary";
import { formText, formTexts } from "@/lib/form-data";
import { MAX_CONTACTS, type PracticeInput, practiceFormSchema } from "./schema";

// What the practice form holds, as typed (strings), in the browser and in the server action:
// a failed save gives every character back.

export type ContactValues = { name: string; role: string; phone: string; email: string };

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
};

export const EMPTY_CONTACT: ContactValues = { name: "", role: "", phone: "", email: "" };

export const EMPTY_VALUES: PracticeFormValues = {
  title: "", slug: "", summary: "", body: "", primaryCategoryId: "", categoryIds: [], unitType: "", locality: "",
  voivodeship: "", postalCode: "", postOffice: "", implementingUnit: "", street: "", website: "", population: "",
  contacts: [{ ...EMPTY_CONTACT }],
};

const CONTACT_FIELDS = ["name", "role", "phone", "email"] as const;

/** The id (and error anchor) of a field; contacts' fields are "contacts.0.name" and so on. */
export function contactFieldId(index: number, field: (typeof CONTACT_FIELDS)[number]): string {
  return `contacts.${index}.${field}`;
}

/** Fields in the order of the form, so the error summary lists them top to bottom. */
const FIELD_ORDER = [
  "title", "slug", "summary", "body", "primaryCategoryId", "categoryIds", "unitType", "locality", "voivodeship",
  "postalCode", "postOffice", "implementingUnit", "street", "website", "population", "contacts",
];

/** With `keepEmptyContacts`, rows stay where they are (for moving and removing rows by index). */
export function readPracticeForm(form: FormData, { keepEmptyContacts = false } = {}): PracticeFormValues {
  const count = Math.min(Number(formText(form, "contactCount")) || 0, MAX_CONTACTS + 5);
  const contacts: ContactValues[] = [];
  for (let index = 0; index < count; index += 1) {
    const contact = Object.fromEntries(CONTACT_FIELDS.map((field) => [field, formText(form, contactFieldId(index, field))])) as ContactValues;
    // A row left entirely empty is no contact: nothing to validate, nothing to save.
    if (keepEmptyContacts || CONTACT_FIELDS.some((field) => contact[field].trim() !== "")) contacts.push(contact);
  }
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
    contacts,
  };
}

export type Validation = { ok: true; data: PracticeInput } | { ok: false; errors: FormError[] };

export function validatePracticeForm(values: PracticeFormValues): Validation {
  const result = practiceFormSchema.safeParse(values);
  if (result.success) {
    if (result.data.slug === "") return { ok: false, errors: [{ field: "slug", message: "Z tego tytułu nie da się utworzyć adresu: wpisz adres strony." }] };
    return { ok: true, data: result.data };
  }
  const errors = result.error.issues.map((issue) => {
    const path = issue.path.map(String);
    const field = path[0] === "contacts" && path.length >= 3 ? path.join(".") : path[0] === "categoryIds" ? "categoryIds" : (path[0] ?? "title");
    return { field, message: issue.message };
  });
  const rank = (field: string) => FIELD_ORDER.indexOf(field.split(".")[0]!) * 1000 + Number(field.split(".")[1] ?? 0);
  const seen = new Set<string>();
  return {
    ok: false,
    errors: errors.sort((a, b) => rank(a.field) - rank(b.field)).filter((error) => !seen.has(error.field) && seen.add(error.field)),
  };
}

export function errorsByField(errors: FormError[]): Record<string, string> {
  return Object.fromEntries(errors.map((error) => [error.field, error.message]));
}

type StoredPractice = {
  title: string; slug: string; summary: string; body: string; primaryCategoryId: number; unitType: string; locality: string;
  voivodeship: string; postalCode: string; postOffice: string; implementingUnit: string; street: string | null;
  website: string | null; population: number | null;
  categories: { categoryId: number }[];
  contacts: { name: string; role: string | null; phone: string | null; email: string | null }[];
};

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
    contacts: practice.contacts.map((contact) => ({ name: contact.name, role: contact.role ?? "", phone: contact.phone ?? "", email: contact.email ?? "" })),
  };
}
