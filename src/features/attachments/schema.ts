import { z } from "zod";

export const attachmentTitleSchema = z
  .string()
  .trim()
  .min(1, "Wpisz tytuł załącznika.")
  .max(300, "Tytuł załącznika może mieć najwyżej 300 znaków.");

export const attachmentPositionSchema = z.coerce
  .number({ message: "Wpisz numer kolejności, np. 1." })
  .int("Wpisz numer kolejności jako liczbę całkowitą, np. 1.")
  .min(1, "Numer kolejności zaczyna się od 1.")
  .max(1000, "Numer kolejności może wynosić najwyżej 1000.");

/** `?wynik=12,13,14` after an upload without JavaScript: the upload's audit event ids. */
export const uploadResultParamSchema = z
  .string()
  .regex(/^\d{1,18}(,\d{1,18}){0,29}$/)
  .transform((value) => value.split(",").map(BigInt))
  .optional()
  .catch(undefined);

export const MAX_FILES_PER_UPLOAD = 10;
export const UPLOAD_FIELD = "pliki";

/** The accept attribute of the file input: a hint for the file chooser; the server decides by content. */
export const ACCEPT_ATTRIBUTE = ".pdf,.doc,.docx,.odt,.xls,.xlsx,.ods,.jpg,.jpeg,.png";

/** A file uploaded in the new practice's form, waiting for the practice's first save. */
export const pendingUploadSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  fileName: z.string(),
  formatLabel: z.string(),
  byteSize: z.number().int().nonnegative(),
});

export type PendingUpload = z.infer<typeof pendingUploadSchema>;

/** The new practice's hidden fields, one per pending upload: at most a few forms' worth, only well-formed tokens. */
export const PENDING_FIELD = "oczekujace";
export const pendingTokensSchema = z
  .array(z.unknown())
  .transform((values) => [...new Set(values.filter((value) => pendingUploadSchema.shape.token.safeParse(value).success) as string[])].slice(0, 50));
