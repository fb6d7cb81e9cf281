// Reading submitted forms: a missing field or a file where text was expected reads as "".

export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export function formTexts(form: FormData, name: string): string[] {
  return form.getAll(name).filter((value): value is string => typeof value === "string");
}

/** A positive database id (PostgreSQL integer) from a form field, or null. */
export function formId(form: FormData, name: string): number | null {
  const value = formText(form, name);
  return /^[1-9]\d{0,9}$/.test(value) && Number(value) <= 2_147_483_647 ? Number(value) : null;
}
