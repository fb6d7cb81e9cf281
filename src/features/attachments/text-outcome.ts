import type { AttachmentTextStatus } from "@/generated/prisma/enums";

// What the extraction of an attachment's text ends with (stored by text-job.ts).

export type TextLimits = { maxPages: number; maxChars: number };

export type TextOutcome =
  | { status: Extract<AttachmentTextStatus, "EXTRACTED">; text: string }
  | { status: Extract<AttachmentTextStatus, "NO_TEXT" | "UNSUPPORTED"> }
  | { status: Extract<AttachmentTextStatus, "FAILED">; error: string };
