import { z } from "zod";

// "Napisz do autora": the reader's message, relayed by e-mail to one contact person of a practice.
// Field names are the form's (Polish), and so are the ids the error summary links to.

export const MESSAGE_LIMITS = { name: 120, email: 254, message: 5000 } as const;

/** Per client address and per sender's address: a reader writes a few messages an hour at most. */
export const CONTACT_RATE = { limit: 5, windowSeconds: 3600 };

export const contactMessageSchema = z.object({
  imie: z.string().trim().min(1, "Wpisz swoje imię i nazwisko.").max(MESSAGE_LIMITS.name, `Imię i nazwisko: najwyżej ${MESSAGE_LIMITS.name} znaków.`),
  email: z
    .string()
    .trim()
    .min(1, "Wpisz swój adres e-mail: na niego przyjdzie odpowiedź.")
    .max(MESSAGE_LIMITS.email, "Adres e-mail jest za długi.")
    .pipe(z.email("Wpisz adres e-mail w formacie nazwa@domena.pl.")),
  wiadomosc: z
    .string()
    .trim()
    .min(10, "Wpisz wiadomość (co najmniej 10 znaków).")
    .max(MESSAGE_LIMITS.message, `Wiadomość: najwyżej ${MESSAGE_LIMITS.message} znaków.`),
  adresat: z.string().regex(/^[1-9]\d{0,9}$/, "Wybierz osobę, do której piszesz.").transform(Number),
});

export type ContactMessage = z.infer<typeof contactMessageSchema>;
export type ContactMessageValues = Record<keyof z.input<typeof contactMessageSchema>, string>;

export const EMPTY_MESSAGE: ContactMessageValues = { imie: "", email: "", wiadomosc: "", adresat: "" };
