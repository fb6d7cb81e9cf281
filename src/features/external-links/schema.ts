import { z } from "zod";

// "Inne bazy danych": the editors' form. Only http(s) addresses: a link must never run script.

export const externalLinkUrlSchema = z
  .string()
  .trim()
  .max(500, "Adres może mieć najwyżej 500 znaków.")
  .pipe(z.url({ protocol: /^https?$/, error: "Podaj pełny adres strony zaczynający się od https:// lub http://." }));

export const externalLinkFieldsSchema = z.object({
  title: z.string().trim().min(1, "Podaj nazwę bazy.").max(200, "Nazwa może mieć najwyżej 200 znaków."),
  url: externalLinkUrlSchema,
  description: z.string().trim().max(1000, "Opis może mieć najwyżej 1000 znaków.").default(""),
  position: z.coerce.number().int().min(0).max(10_000).default(0),
});

export type ExternalLinkFields = z.infer<typeof externalLinkFieldsSchema>;
