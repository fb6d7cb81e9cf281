import type { FormError } from "@/components/ui/ErrorSummary";
import { fieldErrors, readContacts, readDetails } from "@/features/practice-editor/form-values";
import { checkPeriod } from "@/features/practice-editor/schema";
import { formText, formTexts } from "@/lib/form-data";
import { type SubmissionValues, submissionFieldsObject, submissionFieldsSchema } from "./schema";

// The public form's steps, after "who submits". Each saves its own fields into Submission.fields
// as typed, and is checked with the admin's schemas for those fields.

export const STEPS = [
  { slug: "jednostka", label: "Jednostka" },
  { slug: "praktyka", label: "Praktyka" },
  { slug: "szczegoly", label: "Szczegóły" },
  { slug: "kontakty", label: "Osoby kontaktowe" },
  { slug: "zalaczniki", label: "Załączniki" },
  { slug: "wyslij", label: "Sprawdzenie i wysłanie" },
] as const;

export type StepSlug = (typeof STEPS)[number]["slug"];

/** Steps whose fields are in the form (attachments and the review have none). */
export type FieldStep = Exclude<StepSlug, "zalaczniki" | "wyslij">;

const UNIT_FIELDS = ["unitType", "locality", "voivodeship", "postalCode", "postOffice", "implementingUnit", "street", "website", "population"] as const;
const PRACTICE_TEXTS = ["title", "primaryCategoryId", "summary", "body"] as const;

export function isStep(value: string): value is StepSlug {
  return STEPS.some((step) => step.slug === value);
}

export function isFieldStep(step: StepSlug): step is FieldStep {
  return step !== "zalaczniki" && step !== "wyslij";
}

export function nextStep(step: StepSlug): StepSlug {
  const index = STEPS.findIndex((candidate) => candidate.slug === step);
  return STEPS[Math.min(index + 1, STEPS.length - 1)]!.slug;
}

const texts = (form: FormData, names: readonly string[]) => Object.fromEntries(names.map((name) => [name, formText(form, name)]));

/** A step's fields from its form, as typed; contact and figure rows stay where they are. */
export function readStep(step: FieldStep, form: FormData): Partial<SubmissionValues> {
  switch (step) {
    case "jednostka":
      return texts(form, UNIT_FIELDS);
    case "praktyka":
      return { ...texts(form, PRACTICE_TEXTS), categoryIds: formTexts(form, "categoryIds") };
    case "szczegoly":
      return readDetails(form);
    case "kontakty":
      return { contacts: readContacts(form, { keepEmptyContacts: true }) };
  }
}

const unitSchema = submissionFieldsObject.pick(Object.fromEntries(UNIT_FIELDS.map((field) => [field, true])) as Record<(typeof UNIT_FIELDS)[number], true>);
const practiceSchema = submissionFieldsObject.pick({ title: true, primaryCategoryId: true, categoryIds: true, summary: true, body: true });
const detailsSchema = submissionFieldsObject
  .pick({ periodStart: true, periodEnd: true, ongoing: true, results: true, resultFigures: true, totalCostPln: true, fundingSources: true, fundingProgramme: true, partners: true, transferPotential: true, sdgGoals: true })
  .superRefine(checkPeriod);
const contactsSchema = submissionFieldsObject.pick({ contacts: true });

const STEP_SCHEMAS = { jednostka: unitSchema, praktyka: practiceSchema, szczegoly: detailsSchema, kontakty: contactsSchema };

/** What is wrong with one step's fields (the contacts without rows left empty). */
export function stepErrors(step: FieldStep, values: SubmissionValues): FormError[] {
  const result = STEP_SCHEMAS[step].safeParse(withoutEmptyContacts(values));
  return result.success ? [] : fieldErrors(result.error.issues);
}

/** Every step's errors, for the review: the step of each, so the summary can link there. */
export function submissionErrors(values: SubmissionValues): { step: FieldStep; error: FormError }[] {
  const result = submissionFieldsSchema.safeParse(withoutEmptyContacts(values));
  if (result.success) return [];
  return fieldErrors(result.error.issues).map((error) => ({ step: stepOfField(error.field), error }));
}

export function stepOfField(field: string): FieldStep {
  const name = field.split(".")[0]!;
  if ((UNIT_FIELDS as readonly string[]).includes(name)) return "jednostka";
  if (name === "contacts") return "kontakty";
  if ((PRACTICE_TEXTS as readonly string[]).includes(name) || name === "categoryIds") return "praktyka";
  return "szczegoly";
}

const emptyContact = (contact: SubmissionValues["contacts"][number]) =>
  [contact.name, contact.role, contact.phone, contact.email].every((text) => text.trim() === "");

export function withoutEmptyContacts(values: SubmissionValues): SubmissionValues {
  return { ...values, contacts: values.contacts.filter((contact) => !emptyContact(contact)) };
}
