import { z } from "zod";
import { PracticeStatus, UnitType, Voivodeship } from "@/generated/prisma/enums";

// The form in which practice versions are stored (practice_version.snapshot): every field of the
// record, the primary category first. The admin migration wrote version 1 of the practices that
// existed before it in exactly this form; a change here needs a migration of stored snapshots.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const contactSnapshotSchema = z.object({
  name: z.string(),
  role: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});

export const practiceSnapshotSchema = z.object({
  title: z.string(),
  slug: z.string(),
  summary: z.string(),
  body: z.string(),
  status: z.enum(PracticeStatus),
  enteredOn: isoDate,
  revisedOn: isoDate,
  unitType: z.enum(UnitType),
  locality: z.string(),
  voivodeship: z.enum(Voivodeship),
  postalCode: z.string(),
  postOffice: z.string(),
  implementingUnit: z.string(),
  street: z.string().nullable(),
  website: z.string().nullable(),
  population: z.number().int().nullable(),
  categoryIds: z.array(z.number().int()).min(1),
  contacts: z.array(contactSnapshotSchema),
});

export type PracticeSnapshot = z.infer<typeof practiceSnapshotSchema>;
export type ContactSnapshot = z.infer<typeof contactSnapshotSchema>;

/** The record as stored in the practice table and its relations. */
export type PracticeRecord = {
  title: string;
  slug: string;
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
  primaryCategoryId: number;
  categoryIds: number[];
  contacts: ContactSnapshot[];
};

export function snapshotOf(record: PracticeRecord): PracticeSnapshot {
  const others = [...new Set(record.categoryIds)].filter((id) => id !== record.primaryCategoryId).sort((a, b) => a - b);
  return {
    title: record.title,
    slug: record.slug,
    summary: record.summary,
    body: record.body,
    status: record.status,
    enteredOn: record.enteredOn.toISOString().slice(0, 10),
    revisedOn: record.revisedOn.toISOString().slice(0, 10),
    unitType: record.unitType,
    locality: record.locality,
    voivodeship: record.voivodeship,
    postalCode: record.postalCode,
    postOffice: record.postOffice,
    implementingUnit: record.implementingUnit,
    street: record.street,
    website: record.website,
    population: record.population,
    categoryIds: [record.primaryCategoryId, ...others],
    contacts: record.contacts.map(({ name, role, phone, email }) => ({ name, role, phone, email })),
  };
}
