import { z } from "zod";
import { FundingSource, PracticeStatus, UnitType, Voivodeship } from "@/generated/prisma/enums";

// The form in which practice versions are stored (practice_version.snapshot): every field of the
// record, the primary category first. The admin migration wrote version 1 of the practices that
// existed before it in exactly this form. Fields added later have defaults, so versions saved
// before them still read (as "empty"); removing or renaming one needs a migration of snapshots.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const contactSnapshotSchema = z.object({
  name: z.string(),
  role: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  emailPublic: z.boolean().default(true),
});

const resultFigureSnapshotSchema = z.object({ value: z.number(), label: z.string() });

/** The record's structured details (added with submissions); empty in versions saved before them. */
export const detailsSnapshotSchema = z.object({
  periodStart: isoDate.nullable().default(null),
  periodEnd: isoDate.nullable().default(null),
  ongoing: z.boolean().default(false),
  results: z.string().default(""),
  resultFigures: z.array(resultFigureSnapshotSchema).default([]),
  totalCostPln: z.number().int().nullable().default(null),
  fundingSources: z.array(z.enum(FundingSource)).default([]),
  fundingProgramme: z.string().nullable().default(null),
  partners: z.string().default(""),
  transferPotential: z.string().default(""),
  sdgGoals: z.array(z.number().int()).default([]),
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
}).extend(detailsSnapshotSchema.shape);

export type PracticeSnapshot = z.infer<typeof practiceSnapshotSchema>;
export type ContactSnapshot = z.infer<typeof contactSnapshotSchema>;
/** A contact as stored or as demo data gives it (whose addresses are public unless it says not). */
type ContactRecord = z.input<typeof contactSnapshotSchema>;

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
  contacts: ContactRecord[];
  periodStart: Date | null;
  periodEnd: Date | null;
  ongoing: boolean;
  results: string;
  /** JSON as stored; parsed by storedFiguresOf. */
  resultFigures: unknown;
  totalCostPln: number | null;
  fundingSources: FundingSource[];
  fundingProgramme: string | null;
  partners: string;
  transferPotential: string;
  sdgGoals: number[];
};

/** The structured details as the practice table holds them. */
export type PracticeDetailsRecord = Pick<
  PracticeRecord,
  "periodStart" | "periodEnd" | "ongoing" | "results" | "resultFigures" | "totalCostPln" | "fundingSources" | "fundingProgramme" | "partners" | "transferPotential" | "sdgGoals"
>;

export const EMPTY_DETAILS: PracticeDetailsRecord = {
  periodStart: null,
  periodEnd: null,
  ongoing: false,
  results: "",
  resultFigures: [],
  totalCostPln: null,
  fundingSources: [],
  fundingProgramme: null,
  partners: "",
  transferPotential: "",
  sdgGoals: [],
};

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The stored figures, or none if the JSON is not what the form writes. */
export function storedFiguresOf(json: unknown): { value: number; label: string }[] {
  return z.array(resultFigureSnapshotSchema).catch([]).parse(json);
}

export function snapshotOf(record: PracticeRecord): PracticeSnapshot {
  const others = [...new Set(record.categoryIds)].filter((id) => id !== record.primaryCategoryId).sort((a, b) => a - b);
  return {
    title: record.title,
    slug: record.slug,
    summary: record.summary,
    body: record.body,
    status: record.status,
    enteredOn: isoDay(record.enteredOn),
    revisedOn: isoDay(record.revisedOn),
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
    contacts: record.contacts.map(({ name, role, phone, email, emailPublic }) => ({ name, role, phone, email, emailPublic: emailPublic ?? true })),
    periodStart: record.periodStart && isoDay(record.periodStart),
    periodEnd: record.periodEnd && isoDay(record.periodEnd),
    ongoing: record.ongoing,
    results: record.results,
    resultFigures: storedFiguresOf(record.resultFigures),
    totalCostPln: record.totalCostPln,
    fundingSources: record.fundingSources,
    fundingProgramme: record.fundingProgramme,
    partners: record.partners,
    transferPotential: record.transferPotential,
    sdgGoals: record.sdgGoals,
  };
}
