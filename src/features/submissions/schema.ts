import { z } from "zod";
import { EMPTY_CONTACT, EMPTY_VALUES, type PracticeFormValues } from "@/features/practice-editor/form-values";
import { checkPeriod, practiceFieldsSchema } from "@/features/practice-editor/schema";

// A submission's practice fields. Submission.fields holds them as typed (strings, like the admin's
// form), so a half-written or invalid step is kept; they are validated with the admin's schemas
// when a step is saved (errors shown) and when the submission is sent (must pass).

/** Submission.fields: every field of the practice form but the address, which editors choose. */
export type SubmissionValues = Omit<PracticeFormValues, "slug">;

export const EMPTY_SUBMISSION_VALUES: SubmissionValues = (({ slug: _slug, ...rest }) => rest)(EMPTY_VALUES);

/** The fields as an object, for steps that validate a part of them (`.pick`). Editors check the contacts: one is needed. */
export const submissionFieldsObject = practiceFieldsSchema.omit({ slug: true }).extend({
  contacts: practiceFieldsSchema.shape.contacts.min(1, "Podaj co najmniej jedną osobę kontaktową."),
});

/** A submission ready to send: every field valid, the period consistent. */
export const submissionFieldsSchema = submissionFieldsObject.superRefine(checkPeriod).transform((fields) => ({
  ...fields,
  categoryIds: [...new Set(fields.categoryIds)].filter((id) => id !== fields.primaryCategoryId),
  fundingSources: [...new Set(fields.fundingSources)],
  sdgGoals: [...new Set(fields.sdgGoals)].sort((a, b) => a - b),
}));

export type SubmissionInput = z.output<typeof submissionFieldsSchema>;

// Reading the stored JSON: whatever is not of the expected shape reads as empty, so an old or
// damaged row never breaks a page.
const storedText = z.string().max(250_000).catch("");
const storedTexts = z.array(z.string().max(1_000)).max(100).catch([]);
const storedFlag = z.boolean().catch(false);

const storedContact = z.object({
  name: storedText, role: storedText, phone: storedText, email: storedText, emailPublic: z.boolean().catch(true),
});
const storedFigure = z.object({ value: storedText, label: storedText });

const storedValuesSchema = z.object({
  title: storedText, summary: storedText, body: storedText, primaryCategoryId: storedText, categoryIds: storedTexts,
  unitType: storedText, locality: storedText, voivodeship: storedText, postalCode: storedText, postOffice: storedText,
  implementingUnit: storedText, street: storedText, website: storedText, population: storedText,
  contacts: z.array(storedContact).max(50).catch([{ ...EMPTY_CONTACT }]),
  periodStart: storedText, periodEnd: storedText, ongoing: storedFlag, results: storedText,
  resultFigures: z.array(storedFigure).max(50).catch([]),
  totalCostPln: storedText, fundingSources: storedTexts, fundingProgramme: storedText, partners: storedText,
  transferPotential: storedText, sdgGoals: storedTexts,
});

/** Submission.fields as stored, read safely: unknown or damaged values become the empty ones. */
export function storedSubmissionValues(json: unknown): SubmissionValues {
  const source = json !== null && typeof json === "object" && !Array.isArray(json) ? json : {};
  const parsed = storedValuesSchema.safeParse({ ...EMPTY_SUBMISSION_VALUES, ...source });
  return parsed.success ? parsed.data : { ...EMPTY_SUBMISSION_VALUES };
}

/** Step 1, who submits. The name and address are shown to editors only. */
export const submitterSchema = z.object({
  name: z.string().trim().min(1, "Wpisz swoje imię i nazwisko.").max(200, "Imię i nazwisko może mieć najwyżej 200 znaków."),
  email: z
    .string()
    .trim()
    .min(1, "Wpisz swój adres e-mail: wyślemy na niego link potwierdzający.")
    .max(254, "Adres e-mail może mieć najwyżej 254 znaki.")
    .refine((value) => z.email().safeParse(value).success, "Wpisz adres e-mail w postaci jan.kowalski@gmina.pl.")
    .transform((value) => value.toLowerCase()),
  unit: z.string().trim().min(1, "Wpisz nazwę jednostki, którą reprezentujesz.").max(300, "Nazwa jednostki może mieć najwyżej 300 znaków."),
});

export type SubmitterValues = { name: string; email: string; unit: string };

/** `?wynik=…` after a plain-form upload: what happened to each file, carried back to the page. */
export const uploadResultSchema = z
  .string()
  .max(8_000)
  .transform((value, context) => {
    try {
      return JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "not JSON" });
      return z.NEVER;
    }
  })
  .pipe(z.array(z.object({ name: z.string().max(300), ok: z.boolean(), message: z.string().max(600) })).max(20))
  .optional()
  .catch(undefined);

export function encodeUploadResult(outcomes: { name: string; ok: boolean; message: string }[]): string {
  const bounded = outcomes.slice(0, 20).map((outcome) => ({ name: outcome.name.slice(0, 300), ok: outcome.ok, message: outcome.message.slice(0, 600) }));
  return Buffer.from(JSON.stringify(bounded)).toString("base64url");
}
