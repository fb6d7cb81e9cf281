import type { FormError } from "@/components/ui/ErrorSummary";

/** What a public form's server action answers (serialisable): what was typed, and why not sent. */
export type PublicFormState<Values> = {
  values: Values;
  errors: FormError[];
  /** A refusal of the whole post (too fast, throttled), shown above the form. */
  refusal: string | null;
  /** A fresh stamp with every answer (guard.ts), so a retry is timed from now. */
  stamp: string;
};

/** zod issues → the error summary's entries, one per field (its first message). */
export function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): FormError[] {
  const seen = new Set<string>();
  return issues.flatMap((issue) => {
    const field = String(issue.path[0] ?? "");
    if (seen.has(field)) return [];
    seen.add(field);
    return [{ field, message: issue.message }];
  });
}

export function errorOf(errors: FormError[], field: string): string | undefined {
  return errors.find((error) => error.field === field)?.message;
}
