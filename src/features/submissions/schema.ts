import { z } from "zod";
import { EMPTY_CONTACT, EMPTY_VALUES, type PracticeFormValues } from "@/features/practice-editor/form-values";
import { checkPeriod, practiceFieldsSchema } from "@/features/practice-editor/schema";

// A submission's practice fields. Submission.fields holds them as typed (strings, like the admin's
// form), so a half-written or invalid step is kept; they are validated with the admin's schemas
// when a step is saved (errors shown) and when the submission is sent (must pass).

/** Submission.fields: every field of the practice form but the address, which editors choose. */
export type SubmissionValues = Omit<PracticeFormValues, "slug">;

export const EMPTY_SUBMISSION_VALUES: SubmissionValues = (({ slug: _slug, ...rest }) => rest)(EMPTY_VALUES);

/** The fields as an object, for steps that validate a part of them (`.pick`). */
export const submissionFieldsObject = practiceFieldsSchema.omit({ slug: true });

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
