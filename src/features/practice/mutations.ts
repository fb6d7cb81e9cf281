import { createHash } from "node:crypto";
import { attachmentStore } from "@/features/attachments/storage";
import { refreshSearchDocuments } from "@/features/search/mutations";
import type { PracticeStatus, UnitType, Voivodeship } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { EMPTY_DETAILS, type PracticeDetailsRecord, snapshotOf } from "./snapshot";

export type NewAttachment = { title: string; fileName: string; mimeType: string; content: Uint8Array };

export type NewPractice = {
  slug: string;
  title: string;
  summary: string;
  body: string;
  status: PracticeStatus;
  enteredOn: Date;
  revisedOn: Date;
  unitType: UnitType;
  locality: string;
  voivodeship: Voivodeship;
  postalCode: string;
  postOffice: string;
  implementingUnit: string;
  street: string | null;
  website: string | null;
  population: number | null;
  /** The first is the primary category. */
  categoryIds: [number, ...number[]];
  contacts: { name: string; role: string | null; phone: string | null; email: string | null; emailPublic?: boolean }[];
  attachments: NewAttachment[];
  /** Period, results, cost and funding, partners, transfer, SDG goals: empty unless given. */
  details?: Partial<PracticeDetailsRecord>;
  /**
   * When an imported record was made and last changed (its version 1 is that last state); now
   * when absent. Without it, every demo practice would show the minute of the import as its last change.
   */
  recordedAt?: { created: Date; changed: Date };
};

/**
 * A practice with its version 1 (authored by nobody: the demo data and tests; the admin has its
 * own path in features/practice-editor). Stores the files first: a practice row never points at
 * bytes that are not there.
 */
export async function createPractice(input: NewPractice): Promise<number> {
  const { categoryIds, contacts, attachments, details, recordedAt, ...basics } = input;
  const fields = { ...basics, ...EMPTY_DETAILS, ...details, resultFigures: details?.resultFigures ?? [] } as const;
  const store = attachmentStore();
  const stored = await Promise.all(
    attachments.map(async (file, position) => ({
      title: file.title,
      fileName: file.fileName,
      mimeType: file.mimeType,
      byteSize: file.content.byteLength,
      sha256: createHash("sha256").update(file.content).digest("hex"),
      storageKey: await store.put(file.content),
      position,
    })),
  );
  const snapshot = snapshotOf({ ...fields, primaryCategoryId: categoryIds[0], categoryIds, contacts });
  const practice = await db.practice.create({
    data: {
      ...fields,
      ...(recordedAt ? { createdAt: recordedAt.created, updatedAt: recordedAt.changed } : {}),
      primaryCategoryId: categoryIds[0],
      categories: { create: [...new Set(categoryIds)].map((categoryId) => ({ categoryId })) },
      contacts: { create: contacts.map((contact, position) => ({ ...contact, position })) },
      attachments: { create: stored },
      versions: { create: { number: 1, change: "CREATED", snapshot, ...(recordedAt ? { createdAt: recordedAt.changed } : {}) } },
    },
    select: { id: true },
  });
  await refreshSearchDocuments([practice.id]);
  return practice.id;
}

export async function countAttachmentDownload(attachmentId: number): Promise<void> {
  await db.attachment.update({ where: { id: attachmentId }, data: { downloadCount: { increment: 1 } } });
}
