import { bindPendingUploads, removeStoredFiles } from "@/features/attachments/pending-mutations";
import { recordAudit } from "@/features/audit/mutations";
import { practiceSnapshotSchema, snapshotOf, type PracticeSnapshot } from "@/features/practice/snapshot";
import { refreshSearchDocuments } from "@/features/search/mutations";
import { Prisma } from "@/generated/prisma/client";
import type { PracticeChange, PracticeStatus } from "@/generated/prisma/enums";
import { db, type DbTransaction } from "@/lib/db";
import { CONTENT_FIELDS, changedFields, FIELD_LABELS } from "./diff";
import { categoryRowsOf, columnsOf, contactRowsOf, warsawToday } from "./record";
import type { PracticeInput } from "./schema";

// Every write of a practice from the admin: one transaction that checks the version the editor
// started from (a stale one is refused, never overwritten), writes the record, a new version and
// an audit event; then the search index follows. Cache revalidation is the caller's (actions.ts).

export type Author = { id: number; email: string };

export type Conflict = { version: number; by: string | null; at: Date; fields: string[] };

export type WriteResult =
  | { ok: true; id: number; version: number; changed: boolean; publicChange: boolean }
  | { ok: false; reason: "conflict"; conflict: Conflict }
  | { ok: false; reason: "slug-taken" | "not-found" };

const recordInclude = {
  contacts: { orderBy: [{ position: "asc" }, { id: "asc" }] },
  categories: { select: { categoryId: true } },
} satisfies Prisma.PracticeInclude;

async function loadRecord(tx: DbTransaction, id: number) {
  const practice = await tx.practice.findUnique({ where: { id }, include: recordInclude });
  if (!practice) return null;
  const snapshot = snapshotOf({ ...practice, categoryIds: practice.categories.map((row) => row.categoryId) });
  return { practice, snapshot };
}

async function conflictOf(tx: DbTransaction, id: number, baseVersion: number, current: PracticeSnapshot, currentVersion: number): Promise<Conflict> {
  const [base, latest] = await Promise.all([
    tx.practiceVersion.findUnique({ where: { practiceId_number: { practiceId: id, number: baseVersion } } }),
    tx.practiceVersion.findUnique({ where: { practiceId_number: { practiceId: id, number: currentVersion } }, include: { author: { select: { name: true } } } }),
  ]);
  const baseSnapshot = base ? practiceSnapshotSchema.safeParse(base.snapshot).data : undefined;
  const fields = baseSnapshot ? changedFields(baseSnapshot, current).map((field) => FIELD_LABELS[field]) : [];
  return { version: currentVersion, by: latest?.author?.name ?? null, at: latest?.createdAt ?? new Date(), fields };
}

class Refused extends Error {
  constructor(readonly result: Extract<WriteResult, { ok: false }>) {
    super(result.reason);
  }
}

/** Runs a write; a unique-slug violation and refusals become results, not errors. */
async function attempt(write: () => Promise<WriteResult>): Promise<WriteResult> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Refused) return error.result;
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, reason: "slug-taken" };
    throw error;
  }
}

async function addVersion(tx: DbTransaction, practiceId: number, number: number, change: PracticeChange, author: Author, snapshot: PracticeSnapshot, restoredFrom?: number) {
  await tx.practiceVersion.create({ data: { practiceId, number, change, authorId: author.id, snapshot, restoredFrom: restoredFrom ?? null } });
}

/** Writes a new practice, its version 1 and its audit events in the caller's transaction. */
export async function insertPractice(tx: DbTransaction, input: PracticeInput, author: Author, options: { publish: boolean; ip?: string }) {
  const today = warsawToday();
  const status: PracticeStatus = options.publish ? "PUBLISHED" : "DRAFT";
  const practice = await tx.practice.create({
    data: {
      ...columnsOf(input),
      status,
      enteredOn: today,
      revisedOn: today,
      contacts: { create: contactRowsOf(input) },
      categories: { create: categoryRowsOf(input) },
    },
    include: recordInclude,
  });
  const snapshot = snapshotOf({ ...practice, categoryIds: practice.categories.map((row) => row.categoryId) });
  await addVersion(tx, practice.id, 1, options.publish ? "PUBLISHED" : "CREATED", author, snapshot);
  await recordAudit({ action: "PRACTICE_CREATED", actor: author, practiceId: practice.id, subject: input.title, ip: options.ip }, tx);
  if (options.publish) await recordAudit({ action: "PRACTICE_PUBLISHED", actor: author, practiceId: practice.id, subject: input.title, ip: options.ip }, tx);
  return { ok: true, id: practice.id, version: 1, changed: true, publicChange: options.publish } as const;
}

/** A new practice; `pendingUploads` (tokens of this editor's uploads from its form) become its attachments in the same transaction. */
export async function createPractice(input: PracticeInput, author: Author, options: { publish: boolean; ip?: string; pendingUploads?: string[] }): Promise<WriteResult> {
  let duplicates: string[] = [];
  const result = await attempt(() =>
    db.$transaction(async (tx) => {
      const created = await insertPractice(tx, input, author, options);
      duplicates = (await bindPendingUploads(tx, created.id, options.pendingUploads ?? [], author, options.ip)).dropped;
      return created;
    }),
  );
  if (result.ok) {
    await removeStoredFiles(duplicates);
    await refreshSearchDocuments([result.id]);
  }
  return result;
}

type Change = {
  /** The new content, or null to keep the current one. */
  content: ((current: PracticeSnapshot) => { input: PracticeInput } | null) | null;
  status: PracticeStatus | null;
  change: (from: PracticeStatus, to: PracticeStatus) => PracticeChange;
  restoredFrom?: number;
};

/** The shared path of saving, publishing, unpublishing and restoring. */
async function writeChange(id: number, baseVersion: number, author: Author, spec: Change, ip?: string): Promise<WriteResult> {
  const result = await attempt(() =>
    db.$transaction(async (tx) => {
      const loaded = await loadRecord(tx, id);
      if (!loaded || loaded.practice.deletedAt) throw new Refused({ ok: false, reason: "not-found" });
      const { practice, snapshot: before } = loaded;
      if (practice.version !== baseVersion) {
        throw new Refused({ ok: false, reason: "conflict", conflict: await conflictOf(tx, id, baseVersion, before, practice.version) });
      }
      const content = spec.content?.(before)?.input ?? null;
      const status = spec.status ?? practice.status;
      const today = warsawToday();
      const columns = content ? columnsOf(content) : {};
      const after: PracticeSnapshot = {
        ...before,
        ...(content ? snapshotOf({ ...content, status, enteredOn: practice.enteredOn, revisedOn: practice.revisedOn, categoryIds: content.categoryIds }) : {}),
        status,
      };
      const fields = changedFields(before, after);
      if (fields.length === 0) return { ok: true, id, version: practice.version, changed: false, publicChange: false } as const;

      const published = status === "PUBLISHED";
      const dates = {
        // "Data aktualizacji" is the date of the last change the public saw; "Data wprowadzenia" the first publication.
        revisedOn: published ? today : practice.revisedOn,
        enteredOn: published && practice.status === "DRAFT" ? today : practice.enteredOn,
      };
      const version = practice.version + 1;
      const { count } = await tx.practice.updateMany({ where: { id, version: baseVersion }, data: { ...columns, status, ...dates, version } });
      if (count === 0) throw new Refused({ ok: false, reason: "conflict", conflict: await conflictOf(tx, id, baseVersion, before, practice.version + 1) });
      if (content) {
        await tx.contactPerson.deleteMany({ where: { practiceId: id } });
        await tx.contactPerson.createMany({ data: contactRowsOf(content).map((row) => ({ ...row, practiceId: id })) });
        await tx.practiceCategory.deleteMany({ where: { practiceId: id } });
        await tx.practiceCategory.createMany({ data: categoryRowsOf(content).map((row) => ({ ...row, practiceId: id })) });
      }
      const stored = { ...after, revisedOn: dates.revisedOn.toISOString().slice(0, 10), enteredOn: dates.enteredOn.toISOString().slice(0, 10) };
      await addVersion(tx, id, version, spec.change(practice.status, status), author, stored, spec.restoredFrom);
      const subject = after.title;
      const contentFields = fields.filter((field) => field !== "status");
      if (spec.restoredFrom !== undefined) {
        await recordAudit({ action: "PRACTICE_RESTORED", actor: author, practiceId: id, subject, ip, details: { version, restoredFrom: spec.restoredFrom, fields: contentFields } }, tx);
      } else if (contentFields.length > 0) {
        await recordAudit({ action: "PRACTICE_UPDATED", actor: author, practiceId: id, subject, ip, details: { version, fields: contentFields } }, tx);
      }
      if (status !== practice.status && (status === "PUBLISHED" || practice.status === "PUBLISHED")) {
        await recordAudit({ action: status === "PUBLISHED" ? "PRACTICE_PUBLISHED" : "PRACTICE_UNPUBLISHED", actor: author, practiceId: id, subject, ip, details: { version } }, tx);
      }
      return { ok: true, id, version, changed: true, publicChange: published || practice.status === "PUBLISHED" } as const;
    }),
  );
  if (result.ok && result.changed) await refreshSearchDocuments([id]);
  return result;
}

const editChange = (from: PracticeStatus, to: PracticeStatus): PracticeChange =>
  from === to ? "EDITED" : to === "PUBLISHED" ? "PUBLISHED" : "UNPUBLISHED";

export function savePractice(id: number, baseVersion: number, input: PracticeInput, author: Author, options: { publish: boolean; ip?: string }) {
  return writeChange(id, baseVersion, author, { content: () => ({ input }), status: options.publish ? "PUBLISHED" : null, change: editChange }, options.ip);
}

export function setPracticeStatus(id: number, baseVersion: number, status: "PUBLISHED" | "UNPUBLISHED", author: Author, ip?: string) {
  return writeChange(id, baseVersion, author, { content: null, status, change: editChange }, ip);
}

/** Brings back the content of an old version (not its status) as a new version. */
export async function restoreVersion(id: number, baseVersion: number, number: number, author: Author, ip?: string): Promise<WriteResult> {
  const version = await db.practiceVersion.findUnique({ where: { practiceId_number: { practiceId: id, number } } });
  const old = version ? practiceSnapshotSchema.safeParse(version.snapshot).data : undefined;
  if (!old) return { ok: false, reason: "not-found" };
  const existing = new Set((await db.category.findMany({ where: { id: { in: old.categoryIds } }, select: { id: true } })).map((row) => row.id));
  return writeChange(
    id,
    baseVersion,
    author,
    {
      content: (current) => {
        const restored = Object.fromEntries(CONTENT_FIELDS.map((field) => [field, old[field]])) as Pick<PracticeSnapshot, (typeof CONTENT_FIELDS)[number]>;
        // Categories deleted since that version are left out; without its primary one, the current primary stays.
        const categoryIds = restored.categoryIds.filter((categoryId) => existing.has(categoryId));
        const primaryCategoryId = categoryIds[0] ?? current.categoryIds[0]!;
        const { categoryIds: _all, periodStart, periodEnd, ...fields } = restored;
        const dayOf = (iso: string | null) => (iso === null ? null : new Date(`${iso}T00:00:00Z`));
        return {
          input: { ...fields, periodStart: dayOf(periodStart), periodEnd: dayOf(periodEnd), primaryCategoryId, categoryIds: categoryIds.slice(1) },
        };
      },
      status: null,
      change: () => "RESTORED",
      restoredFrom: number,
    },
    ip,
  );
}

/**
 * "Dane kontaktowe zweryfikowano dnia …": an editor checked the contacts today. Not a version of
 * the content (nothing the editor typed changes), so an edit open elsewhere is not made stale.
 */
export async function verifyContacts(id: number, author: Author, ip?: string): Promise<{ ok: true; publicChange: boolean } | { ok: false }> {
  return db.$transaction(async (tx) => {
    const today = warsawToday();
    const practice = await tx.practice.findFirst({ where: { id, deletedAt: null }, select: { title: true, status: true } });
    if (!practice) return { ok: false } as const;
    await tx.practice.update({ where: { id }, data: { contactsVerifiedOn: today } });
    await recordAudit({ action: "CONTACTS_VERIFIED", actor: author, practiceId: id, subject: practice.title, ip, details: { on: today.toISOString().slice(0, 10) } }, tx);
    return { ok: true, publicChange: practice.status === "PUBLISHED" } as const;
  });
}
