import { z } from "zod";

// Publications ("Publikacje i dokumenty"): the public download address and the editors' form.

/** The id in /publikacje/<id>: decimal digits only ("0x10", "1e1" or " 7" are not ids). */
export const publicationIdSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/)
  .transform(Number)
  .pipe(z.number().max(2_147_483_647));

/** Documents people open in a browser or an office suite; nothing executable. */
export const PUBLICATION_MIME_TYPES = [
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.oasis.opendocument.spreadsheet",
] as const;

export const PUBLICATION_MAX_BYTES = 20_000_000;

/** A real calendar date "YYYY-MM-DD" (no 30 February), as stored: midnight UTC. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Podaj datę w formacie RRRR-MM-DD.", abort: true })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && value >= "1990" && value < "2101";
  }, "Podaj prawdziwą datę.")
  .transform((value) => new Date(`${value}T00:00:00Z`));

/** The fields of a publication as editors enter them (the file is checked separately). */
export const publicationFieldsSchema = z.object({
  title: z.string().trim().min(1, "Podaj tytuł.").max(300, "Tytuł może mieć najwyżej 300 znaków."),
  description: z.string().trim().max(2000, "Opis może mieć najwyżej 2000 znaków.").default(""),
  publishedOn: isoDate,
});

export type PublicationFields = z.infer<typeof publicationFieldsSchema>;

/** A file's name as it will be offered for download: no path, no control characters. */
export const publicationFileNameSchema = z
  .string()
  .transform((name) => name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, "").trim())
  .pipe(z.string().min(1, "Plik musi mieć nazwę.").max(200, "Nazwa pliku może mieć najwyżej 200 znaków."));

export const publicationFileSchema = z.object({
  fileName: publicationFileNameSchema,
  mimeType: z.enum(PUBLICATION_MIME_TYPES, { error: "Dozwolone są pliki PDF, DOCX, ODT, XLSX i ODS." }),
  byteSize: z
    .number()
    .int()
    .min(1, "Plik jest pusty.")
    .max(PUBLICATION_MAX_BYTES, "Plik może mieć najwyżej 20 MB."),
});
