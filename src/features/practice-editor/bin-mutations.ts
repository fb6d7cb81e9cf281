import { attachmentStore } from "@/features/attachments/storage";
import { recordAudit } from "@/features/audit/mutations";
import { practiceSnapshotSchema } from "@/features/practice/snapshot";
import { refreshSearchDocuments } from "@/features/search/mutations";
import { db } from "@/lib/db";
import type { Author } from "./mutations";

// Deleting a practice moves it to the bin ("kosz"): it is unpublished and leaves the list, but it
// keeps its history and attachments and can be brought back. Only an administrator deletes it
// for good (its files too); the audit log keeps a record of it either way.

export type BinResult = { ok: true; wasPublished: boolean; slug: string } | { ok: false; reason: "conflict" | "not-found" };

async function lastSnapshot(practiceId: number) {
  const version = await db.practiceVersion.findFirst({ where: { practiceId }, orderBy: { number: "desc" } });
  return version ? practiceSnapshotSchema.parse(version.snapshot) : null;
}

export async function moveToBin(id: number, baseVersion: number, author: Author, ip?: string): Promise<BinResult> {
  const result = await db.$transaction(async (tx): Promise<BinResult> => {
    const practice = await tx.practice.findUnique({ where: { id }, select: { version: true, status: true, title: true, slug: true, deletedAt: true } });
    if (!practice || practice.deletedAt) return { ok: false, reason: "not-found" };
    const version = baseVersion + 1;
    const status = practice.status === "PUBLISHED" ? "UNPUBLISHED" : practice.status;
    const { count } = await tx.practice.updateMany({ where: { id, version: baseVersion }, data: { deletedAt: new Date(), status, version } });
    if (count === 0) return { ok: false, reason: "conflict" };
    const snapshot = await lastSnapshotIn(tx, id);
    await tx.practiceVersion.create({ data: { practiceId: id, number: version, change: "DELETED", authorId: author.id, snapshot: { ...snapshot, status } } });
    await recordAudit({ action: "PRACTICE_DELETED", actor: author, practiceId: id, subject: practice.title, ip, details: { version, wasPublished: practice.status === "PUBLISHED" } }, tx);
    return { ok: true, wasPublished: practice.status === "PUBLISHED", slug: practice.slug };
  });
  if (result.ok) await refreshSearchDocuments([id]);
  return result;
}

async function lastSnapshotIn(tx: Pick<typeof db, "practiceVersion">, practiceId: number) {
  const version = await tx.practiceVersion.findFirst({ where: { practiceId }, orderBy: { number: "desc" } });
  return practiceSnapshotSchema.parse(version?.snapshot);
}

export async function restoreFromBin(id: number, author: Author, ip?: string): Promise<BinResult> {
  return db.$transaction(async (tx): Promise<BinResult> => {
    const practice = await tx.practice.findUnique({ where: { id }, select: { version: true, title: true, slug: true, deletedAt: true } });
    if (!practice?.deletedAt) return { ok: false, reason: "not-found" };
    const version = practice.version + 1;
    await tx.practice.update({ where: { id }, data: { deletedAt: null, version } });
    const snapshot = await lastSnapshotIn(tx, id);
    await tx.practiceVersion.create({ data: { practiceId: id, number: version, change: "UNDELETED", authorId: author.id, snapshot } });
    await recordAudit({ action: "PRACTICE_UNDELETED", actor: author, practiceId: id, subject: practice.title, ip, details: { version } }, tx);
    return { ok: true, wasPublished: false, slug: practice.slug };
  });
}

/** For administrators: a practice in the bin, its versions and its files, gone for good. */
export async function purgePractice(id: number, author: Author, ip?: string): Promise<BinResult> {
  const practice = await db.practice.findUnique({
    where: { id },
    select: { title: true, slug: true, deletedAt: true, attachments: { select: { storageKey: true, fileName: true, sha256: true } } },
  });
  if (!practice?.deletedAt) return { ok: false, reason: "not-found" };
  const snapshot = await lastSnapshot(id);
  await db.$transaction(async (tx) => {
    await tx.practice.delete({ where: { id } });
    await recordAudit(
      {
        action: "PRACTICE_PURGED",
        actor: author,
        practiceId: id,
        subject: practice.title,
        ip,
        details: { slug: practice.slug, attachments: practice.attachments.map(({ fileName, sha256 }) => ({ fileName, sha256 })), lastVersion: snapshot },
      },
      tx,
    );
  });
  // The rows are gone first: a file is never missing under a row that still points at it.
  const store = attachmentStore();
  await Promise.all(practice.attachments.map((attachment) => store.remove(attachment.storageKey)));
  return { ok: true, wasPublished: false, slug: practice.slug };
}
