import type { AttachmentFormat } from "./formats";

/** What the content of an upload turned out to be, before its name is compared with it. */
export type Verdict =
  /** One of the accepted formats, with its structure checked. */
  | { kind: "accepted"; format: AttachmentFormat }
  /** Something recognised that is not accepted; `what` reads after "to": "plik wykonywalny Windows (EXE/DLL)". */
  | { kind: "other"; what: string }
  /** Looks like an accepted format but must be refused; `problem` reads after „name”: "zawiera makra …". */
  | { kind: "defect"; problem: string }
  | { kind: "unknown" };

export const accepted = (format: AttachmentFormat): Verdict => ({ kind: "accepted", format });
export const other = (what: string): Verdict => ({ kind: "other", what });
export const defect = (problem: string): Verdict => ({ kind: "defect", problem });

/** Shared wording, so that every format says the same thing about the same problem. */
export const PROBLEMS = {
  truncated: (label: string) => `nie jest kompletnym plikiem (${label} jest ucięty lub uszkodzony). Zapisz go ponownie i dodaj jeszcze raz.`,
  encrypted: "jest zaszyfrowany (chroniony hasłem). Usuń hasło w edytorze i dodaj plik ponownie.",
  macros:
    "zawiera makra, które mogą być złośliwe. Zapisz go jako zwykły dokument bez makr (DOCX, XLSX, ODT lub ODS) i dodaj ponownie.",
  polyglotMarkup:
    "zawiera na początku, oprócz właściwej treści, kod strony internetowej lub skrypt. Takie pliki służą do ataków, więc ich nie przyjmujemy. Zapisz plik ponownie w programie, w którym powstał, i dodaj go jeszcze raz.",
  polyglotArchive:
    "ma doklejone na końcu dodatkowe dane (np. archiwum ZIP). Takie pliki służą do przemycania innych plików, więc ich nie przyjmujemy. Zapisz plik ponownie w programie, w którym powstał, i dodaj go jeszcze raz.",
  nestedArchive:
    "zawiera w środku inne archiwum (ZIP, RAR, 7z lub podobne). Takich plików nie przyjmujemy, bo mogą ukrywać szkodliwą zawartość.",
  executable: "zawiera w środku plik wykonywalny. Takich plików nie przyjmujemy.",
} as const;
