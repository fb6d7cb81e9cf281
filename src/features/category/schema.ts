import { z } from "zod";
import { SLUG_PATTERN, slugify } from "@/lib/slug";

// The category form of the admin (administrators only).

export const categoryFormSchema = z
  .object({
    name: z.string().trim().min(1, "Wpisz nazwę kategorii.").max(120, "Nazwa kategorii może mieć najwyżej 120 znaków."),
    slug: z
      .string()
      .trim()
      .max(120, "Adres może mieć najwyżej 120 znaków.")
      .refine((value) => value === "" || SLUG_PATTERN.test(value), "Adres może zawierać tylko małe litery bez polskich znaków, cyfry i pojedyncze łączniki."),
    description: z.string().trim().max(1000, "Opis może mieć najwyżej 1000 znaków.").transform((value) => (value === "" ? null : value)),
    parentId: z
      .string()
      .refine((value) => value === "" || /^[1-9]\d{0,9}$/.test(value), "Wybierz kategorię nadrzędną z listy.")
      .transform((value) => (value === "" ? null : Number(value))),
    position: z
      .string()
      .trim()
      .refine((value) => /^\d{1,4}$/.test(value), "Wpisz pozycję jako liczbę całkowitą od 0 do 9999.")
      .transform(Number),
  })
  .transform((category) => ({ ...category, slug: category.slug || slugify(category.name).slice(0, 120).replace(/-+$/, "") }));

export type CategoryInput = z.output<typeof categoryFormSchema>;
