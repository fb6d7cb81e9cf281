// Demo data: the category tree, the two reference records, the demo practices with their files,
// the publications and other databases of the content pages, and the counter's legacy figure. Run by `npm start` on an empty embedded database, or by hand
// with `npm run db:seed` (scripts/db-seed.ts, which leaves a database holding data alone).
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createExternalLink } from "../src/features/external-links/mutations";
import { createUser } from "../src/features/accounts/mutations";
import { createPractice, type NewAttachment } from "../src/features/practice/mutations";
import { detailsSnapshotSchema, type PracticeDetailsRecord } from "../src/features/practice/snapshot";
import { createPublication } from "../src/features/publications/mutations";
import { PracticeStatus } from "../src/generated/prisma/enums";
import { db } from "../src/lib/db";
import { slugify } from "../src/lib/slug";
import { demoExternalLinks } from "./demo-data/external-links";
import { demoPractices } from "./demo-data/practices";
import { demoRecordedAt } from "./demo-data/recorded-at";
import { demoPublications } from "./demo-data/publications";
import { referencePractices } from "./demo-data/reference-practices";
import type { DemoPractice } from "./demo-data/types";
import { seedCategories } from "./seed-categories";
import { recordAnalyzerVersion } from "./support/search-index";

const FILES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "demo-data/files");
const MIME_TYPES: Record<string, string> = {
  ".pdf": "application/pdf",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".odt": "application/vnd.oasis.opendocument.text",
  ".png": "image/png",
};

/** The original site's counter: "1.756.820 gości odwiedziło nas od 1 kwietnia 2008 r." */
const LEGACY_VISITS = { legacyVisits: 1_756_820, countingSince: new Date("2008-04-01T00:00:00Z") };

async function attachmentsOf(practice: DemoPractice): Promise<NewAttachment[]> {
  return Promise.all(
    (practice.attachments ?? []).map(async ({ title, file }) => ({
      title,
      fileName: file,
      mimeType: MIME_TYPES[path.extname(file)] ?? "application/octet-stream",
      content: await readFile(path.join(FILES_DIR, file)),
    })),
  );
}

async function seedPractice(practice: DemoPractice, categoryIds: Map<string, number>, index: number): Promise<number> {
  const ids = practice.categories.map((slug) => {
    const id = categoryIds.get(slug);
    if (id === undefined) throw new Error(`Unknown category ${slug} in "${practice.title}"`);
    return id;
  });
  const [primary, ...others] = ids;
  if (primary === undefined) throw new Error(`"${practice.title}" has no category`);
  return createPractice({
    slug: practice.slug ?? slugify(practice.title),
    title: practice.title,
    summary: practice.summary,
    body: practice.body,
    status: PracticeStatus.PUBLISHED,
    enteredOn: new Date(`${practice.enteredOn}T00:00:00Z`),
    revisedOn: new Date(`${practice.revisedOn}T00:00:00Z`),
    unitType: practice.unitType,
    locality: practice.locality,
    voivodeship: practice.voivodeship,
    postalCode: practice.postalCode,
    postOffice: practice.postOffice,
    implementingUnit: practice.implementingUnit,
    street: practice.street ?? null,
    website: practice.website ?? null,
    population: practice.population ?? null,
    categoryIds: [primary, ...others],
    contacts: practice.contacts.map((contact) => ({
      name: contact.name,
      role: contact.role ?? null,
      phone: contact.phone ?? null,
      email: contact.email ?? null,
    })),
    attachments: await attachmentsOf(practice),
    details: practice.details && detailsOf(practice.details),
    recordedAt: demoRecordedAt(practice, index),
  });
}

function detailsOf(details: NonNullable<DemoPractice["details"]>): PracticeDetailsRecord {
  const parsed = detailsSnapshotSchema.parse(details);
  const day = (iso: string | null) => (iso === null ? null : new Date(`${iso}T00:00:00Z`));
  return { ...parsed, periodStart: day(parsed.periodStart), periodEnd: day(parsed.periodEnd) };
}

async function seedContentPages(): Promise<void> {
  for (const publication of demoPublications) {
    await createPublication(
      { title: publication.title, description: publication.description, publishedOn: new Date(`${publication.publishedOn}T00:00:00Z`) },
      {
        fileName: publication.file,
        mimeType: "application/pdf",
        content: await readFile(path.join(FILES_DIR, "publikacje", publication.file)),
      },
    );
  }
  for (const [position, link] of demoExternalLinks.entries()) await createExternalLink({ ...link, position });
}

export const DEMO_ACCOUNT_EMAIL = "demo@bdp.invalid";

/**
 * The demo's editor account (an administrator, to show every part of the admin), with a random
 * password printed this once. Only for the embedded database: a real deployment starts with no
 * account at all and makes its first with `npm run user:create`.
 */
async function seedDemoAccount(log: (line: string) => void): Promise<void> {
  const password = `demo-${randomBytes(12).toString("base64url")}`;
  await createUser(
    { email: DEMO_ACCOUNT_EMAIL, name: "Konto demonstracyjne", role: "ADMINISTRATOR", password },
    null,
    { via: "dane-demonstracyjne" },
  );
  log(`Demo admin account (shown only now): ${DEMO_ACCOUNT_EMAIL}, password: ${password} — sign in at /admin/logowanie.`);
}

export async function seedDemoData({ log, demoAccount }: { log: (line: string) => void; demoAccount: boolean }): Promise<void> {
  const categoryIds = await seedCategories();
  const practices = [...referencePractices, ...demoPractices];
  for (const [index, practice] of practices.entries()) await seedPractice(practice, categoryIds, index);
  // Every practice was just indexed by this code's analysis: nothing for `npm start` to rebuild.
  await recordAnalyzerVersion();
  await seedContentPages();
  await db.visitBaseline.upsert({ where: { id: 1 }, create: LEGACY_VISITS, update: LEGACY_VISITS });
  log(
    `Demo data: ${categoryIds.size} categories, ${practices.length} practices, ` +
      `${demoPublications.length} publications, ${demoExternalLinks.length} other databases.`,
  );
  if (demoAccount) await seedDemoAccount(log);
}
