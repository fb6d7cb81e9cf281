import { TextAreaField, TextField } from "@/components/ui/Field";
import { BodyField } from "@/features/practice-editor/components/BodyField";
import { type CategoryOption, CategoryFields } from "@/features/practice-editor/components/CategoryFields";
import type { SubmissionValues } from "../schema";

type Props = { values: SubmissionValues; errors: Record<string, string>; categories: CategoryOption[]; preview: boolean };

/** Title, categories, summary and the full presentation, with the admin's fields. */
export function PracticeFields({ values, errors, categories, preview }: Props) {
  return (
    <>
      <TextField id="title" name="title" label="Tytuł praktyki" defaultValue={values.title} error={errors.title} />
      <CategoryFields options={categories} primary={values.primaryCategoryId} others={values.categoryIds} errors={errors} />
      <TextAreaField id="summary" name="summary" label="Skrót" hint="Kilka zdań: co zrobiono, dla kogo i z jakim skutkiem." rows={5} defaultValue={values.summary} error={errors.summary} />
      <BodyField initial={values.body} error={errors.body} serverPreview={preview} />
    </>
  );
}
