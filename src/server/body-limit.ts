// Next has one body limit for every server action (next.config.ts `bodySizeLimit`), set high
// enough for the publication form's file. The front keeps every other address at the old 2 MB, so
// nobody can make the sign-in action (or any other) parse 21 MB. Route handlers that read uploads
// count the bytes themselves and pass through.

const MIB = 1024 * 1024;
export const DEFAULT_BODY_LIMIT = 2 * MIB;
/** A 20 MB publication (PUBLICATION_MAX_BYTES) and its form fields; equals next.config.ts. */
export const PUBLICATION_FORM_BODY_LIMIT = 21 * MIB;

/** The publication forms, and the new practice's form, which without JavaScript carries its files (up to 20 MB in all). */
const PUBLICATION_FORMS = /^\/admin\/(?:publikacje(?:\/|$)|praktyki\/nowa$)/;
/** Editors' uploads and a submitter's (features/submissions: /zgloszenie/<token>/pliki). */
const SELF_LIMITED_UPLOADS = /^(?:\/admin\/praktyki\/(?:\d+\/zalaczniki\/wyslij|nowa\/zalaczniki)|\/zgloszenie\/[A-Za-z0-9_-]{43}\/pliki)$/;
const WITHOUT_BODY = new Set(["GET", "HEAD", "OPTIONS"]);

export type BodyRefusal = { status: 411 | 413; message: string };

type Headers = Record<string, string | string[] | undefined>;

export function bodyLimitFor(method: string | undefined, pathname: string): number | null {
  if (WITHOUT_BODY.has(method ?? "GET") || SELF_LIMITED_UPLOADS.test(pathname)) return null;
  return PUBLICATION_FORMS.test(pathname) ? PUBLICATION_FORM_BODY_LIMIT : DEFAULT_BODY_LIMIT;
}

/** Why a request's body is refused before anyone reads it, or null. */
export function bodyRefusal(method: string | undefined, pathname: string, headers: Headers): BodyRefusal | null {
  const limit = bodyLimitFor(method, pathname);
  if (limit === null) return null;
  const declared = headers["content-length"];
  if (typeof declared !== "string") {
    // A body of unknown length (chunked) could only be limited by counting it; browsers never send one.
    return headers["transfer-encoding"] ? { status: 411, message: "Żądanie musi podawać długość treści (Content-Length)." } : null;
  }
  return Number(declared) > limit ? { status: 413, message: "Wysłane dane są za duże." } : null;
}
