import { FIELD_LABELS } from "@/features/practice-editor/diff";
import type { AuditAction } from "@/generated/prisma/enums";

// How the audit log names its events, in Polish, and their URL slugs (?rodzaj=…).

export const ACTION_LABELS: Record<AuditAction, string> = {
  LOGIN_SUCCEEDED: "logowanie",
  LOGIN_FAILED: "nieudane logowanie",
  LOGOUT: "wylogowanie",
  PASSWORD_CHANGED: "zmiana hasła",
  USER_CREATED: "utworzenie konta",
  USER_UPDATED: "zmiana konta",
  PRACTICE_CREATED: "utworzenie praktyki",
  PRACTICE_UPDATED: "edycja praktyki",
  PRACTICE_PUBLISHED: "publikacja praktyki",
  PRACTICE_UNPUBLISHED: "wycofanie z publikacji",
  PRACTICE_RESTORED: "przywrócenie wersji",
  PRACTICE_DELETED: "przeniesienie do kosza",
  PRACTICE_UNDELETED: "przywrócenie z kosza",
  PRACTICE_PURGED: "usunięcie na stałe",
  ATTACHMENT_ADDED: "dodanie załącznika",
  ATTACHMENT_UPDATED: "zmiana załączników",
  ATTACHMENT_REMOVED: "usunięcie załącznika",
  ATTACHMENT_REJECTED: "odrzucenie pliku",
  CATEGORY_CREATED: "utworzenie kategorii",
  CATEGORY_UPDATED: "zmiana kategorii",
  CATEGORY_DELETED: "usunięcie kategorii",
  PUBLICATION_CREATED: "dodanie publikacji",
  PUBLICATION_UPDATED: "zmiana publikacji",
  PUBLICATION_DELETED: "usunięcie publikacji",
  EXTERNAL_LINK_CREATED: "dodanie odnośnika do innej bazy",
  EXTERNAL_LINK_UPDATED: "zmiana odnośnika do innej bazy",
  SUBMISSION_TAKEN: "przyjęcie zgłoszenia do oceny",
  SUBMISSION_RETURNED: "zwrot zgłoszenia do poprawy",
  SUBMISSION_ACCEPTED: "przyjęcie zgłoszenia",
  SUBMISSION_REJECTED: "odrzucenie zgłoszenia",
  CONTACTS_VERIFIED: "weryfikacja danych kontaktowych",
  ADOPTION_APPROVED: "zatwierdzenie wdrożenia",
  ADOPTION_REJECTED: "odrzucenie wdrożenia",
  EXTERNAL_LINK_DELETED: "usunięcie odnośnika do innej bazy",
};

export const ALL_ACTIONS = Object.keys(ACTION_LABELS) as AuditAction[];

/** LOGIN_FAILED → "login-failed", as the database names it. */
export function actionSlug(action: AuditAction): string {
  return action.toLowerCase().replace(/_/g, "-");
}

const BY_SLUG = new Map(ALL_ACTIONS.map((action) => [actionSlug(action), action]));

export function actionBySlug(slug: string): AuditAction | undefined {
  return BY_SLUG.get(slug);
}

const LOGIN_FAILURES: Record<string, string> = {
  "unknown-account": "nie ma takiego konta",
  "wrong-password": "złe hasło",
  "inactive-account": "konto wyłączone",
  throttled: "logowanie wstrzymane po wielu nieudanych próbach",
};

const ROLE_NAMES: Record<string, string> = { EDITOR: "redaktor", ADMINISTRATOR: "administrator" };
const CHANGED_FIELDS: Record<string, string> = {
  name: "nazwa",
  role: "rola",
  active: "aktywne",
  slug: "adres",
  description: "opis",
  parentId: "kategoria nadrzędna (nr)",
  position: "pozycja",
  title: "tytuł",
  url: "adres strony",
  publishedOn: "data publikacji",
  fileName: "plik",
  sha256: "SHA-256 pliku",
};

// Long texts (descriptions) are shortened in the log's one-line summary; the event keeps them whole.
const SHOWN_CHARACTERS = 80;

function text(value: unknown): string {
  if (typeof value === "boolean") return value ? "tak" : "nie";
  if (typeof value === "string") return ROLE_NAMES[value] ?? (value.length > SHOWN_CHARACTERS ? `${value.slice(0, SHOWN_CHARACTERS)}…` : value);
  return String(value);
}

/** One line about an event's details, in words ("pola: Tytuł, Skrót"). */
export function describeDetails(action: AuditAction, details: unknown): string {
  const d = (details ?? {}) as Record<string, unknown>;
  switch (action) {
    case "LOGIN_FAILED":
      return LOGIN_FAILURES[String(d.reason)] ?? "";
    case "PRACTICE_UPDATED":
    case "PRACTICE_RESTORED": {
      const fields = Array.isArray(d.fields) ? d.fields.map((field) => FIELD_LABELS[field as keyof typeof FIELD_LABELS] ?? String(field)) : [];
      const prefix = action === "PRACTICE_RESTORED" ? `z wersji ${text(d.restoredFrom)} jako wersja ${text(d.version)}` : `wersja ${text(d.version)}`;
      return fields.length > 0 ? `${prefix}; pola: ${fields.join(", ")}` : prefix;
    }
    case "ATTACHMENT_REJECTED":
      return typeof d.reason === "string" ? d.reason : "";
    case "ATTACHMENT_ADDED":
      return typeof d.sha256 === "string" ? `SHA-256 ${d.sha256.slice(0, 12)}…` : "";
    case "ATTACHMENT_REMOVED":
      return typeof d.title === "string" ? `tytuł „${d.title}”` : "";
    case "USER_CREATED":
      return [d.role ? `rola: ${text(d.role)}` : "", d.via === "wiersz-polecen" ? "z wiersza poleceń" : ""].filter(Boolean).join(", ");
    case "USER_UPDATED":
    case "CATEGORY_UPDATED":
    case "PUBLICATION_UPDATED":
    case "EXTERNAL_LINK_UPDATED": {
      const changed = (d.changed ?? {}) as Record<string, { from: unknown; to: unknown }>;
      const label = (key: string) => (action === "USER_UPDATED" && key === "name" ? "imię i nazwisko" : (CHANGED_FIELDS[key] ?? key));
      const shown = (value: unknown) => (value === null || value === undefined || value === "" ? "—" : text(value));
      return Object.entries(changed).map(([key, change]) => `${label(key)}: ${shown(change.from)} → ${shown(change.to)}`).join("; ");
    }
    case "PUBLICATION_CREATED":
    case "PUBLICATION_DELETED":
      return typeof d.fileName === "string" ? `plik „${d.fileName}”` : "";
    case "EXTERNAL_LINK_CREATED":
    case "EXTERNAL_LINK_DELETED":
      return typeof d.url === "string" ? d.url : "";
    case "SUBMISSION_TAKEN":
    case "SUBMISSION_RETURNED":
    case "SUBMISSION_ACCEPTED":
    case "SUBMISSION_REJECTED":
      return typeof d.message === "string" ? `wiadomość: „${d.message.length > 200 ? `${d.message.slice(0, 199)}…` : d.message}”` : "";
    case "PASSWORD_CHANGED":
      return d.byOwner ? "przez właściciela konta" : "przez administratora";
    default:
      return "";
  }
}
