import { z } from "zod";

// "Inne bazy danych": the editors' form. Only http(s) addresses: a link must never run script.

export const externalLinkUrlSchema = z
  .string()
  .trim()
  .max(500, "Adres może mieć najwyżej 500 znaków.")
  .pipe(z.url({ protocol: /^https?$/, error: "Podaj pełny adres strony zaczynający się od https:// lub http://." }));

const POSITION_MESSAGE = "Wpisz pozycję jako liczbę całkowitą od 0 do 10000.";

export const externalLinkFieldsSchema = z.object({
  title: z.string().trim().min(1, "Podaj nazwę bazy.").max(200, "Nazwa może mieć najwyżej 200 znaków."),
  url: externalLinkUrlSchema,
  description: z.string().trim().max(1000, "Opis może mieć najwyżej 1000 znaków.").default(""),
  // An empty field means 0: the top of the list.
  position: z.coerce
    .number({ error: POSITION_MESSAGE })
    .int(POSITION_MESSAGE)
    .min(0, POSITION_MESSAGE)
    .max(10_000, POSITION_MESSAGE)
    .default(0),
});

export type ExternalLinkFields = z.infer<typeof externalLinkFieldsSchema>;
