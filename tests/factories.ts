import { randomUUID } from "node:crypto";
import { createPractice, type NewPractice } from "../src/features/practice/mutations";
import type { Voivodeship } from "../src/generated/prisma/enums";
import { db } from "../src/lib/db";
import { slugify } from "../src/lib/slug";

// Unique, realistic records for database tests: every call gives a new slug and title.

const LOCALITIES = [
  { locality: "Zabrze", voivodeship: "SLASKIE", postalCode: "41-800" },
  { locality: "Łódź", voivodeship: "LODZKIE", postalCode: "90-001" },
  { locality: "Żary", voivodeship: "LUBUSKIE", postalCode: "68-200" },
  { locality: "Świdnica", voivodeship: "DOLNOSLASKIE", postalCode: "58-100" },
] as const;

let sequence = 0;

export async function createTestCategory(name = `Kategoria testowa ${randomUUID().slice(0, 8)}`, parentId: number | null = null) {
  return db.category.create({ data: { name, slug: slugify(name), parentId, position: sequence++ } });
}

export async function createTestPractice(overrides: Partial<NewPractice> & { status?: NewPractice["status"] } = {}) {
  sequence += 1;
  const place = LOCALITIES[sequence % LOCALITIES.length]!;
  const title = `Aktywizacja osób bezrobotnych w mieście ${place.locality} – edycja ${sequence}-${randomUUID().slice(0, 6)}`;
  const categoryIds = overrides.categoryIds ?? [(await createTestCategory()).id];
  const input: NewPractice = {
    slug: slugify(title),
    title,
    summary: `Miejski ośrodek pomocy społecznej w mieście ${place.locality} prowadził warsztaty i staże dla długotrwale bezrobotnych.`,
    body: "## Cel praktyki\n\nZwiększenie zatrudnienia wśród osób długotrwale bezrobotnych.",
    status: "PUBLISHED",
    enteredOn: new Date("2012-03-15T00:00:00Z"),
    revisedOn: new Date("2014-06-30T00:00:00Z"),
    unitType: "POWIAT_GRODZKI",
    locality: place.locality,
    voivodeship: place.voivodeship,
    postalCode: place.postalCode,
    postOffice: place.locality,
    implementingUnit: "Miejski Ośrodek Pomocy Społecznej",
    street: "ul. Wolności 12",
    website: null,
    population: 170_000 + sequence,
    contacts: [{ name: "Anna Wiśniewska", role: "koordynatorka projektu", phone: "32 111 22 33", email: "a.wisniewska@mops.example.pl" }],
    attachments: [],
    ...overrides,
    categoryIds,
  };
  const id = await createPractice(input);
  return { id, ...input };
}

export const TEST_PASSWORD = "zielony rower pod lipą 2026";

/** An account with a unique e-mail; the password is TEST_PASSWORD unless given. */
export async function createTestUser(options: { role?: "EDITOR" | "ADMINISTRATOR"; password?: string; active?: boolean; name?: string } = {}) {
  sequence += 1;
  const { hashPassword } = await import("../src/features/auth/password");
  const email = `redaktor.${sequence}.${randomUUID().slice(0, 8)}@gmina.example.pl`;
  return db.user.create({
    data: {
      email,
      name: options.name ?? `Redaktorka Testowa ${sequence}`,
      role: options.role ?? "EDITOR",
      active: options.active ?? true,
      passwordHash: await hashPassword(options.password ?? TEST_PASSWORD),
    },
  });
}

type SubmissionOverrides = {
  status?: "DRAFT" | "NEW" | "IN_REVIEW" | "NEEDS_CHANGES" | "ACCEPTED" | "REJECTED";
  fields?: Record<string, unknown>;
  submittedAt?: Date;
  /** Files stored in the attachment store and listed on the submission. */
  attachments?: { fileName: string; mimeType: string; bytes: Uint8Array }[];
};

/**
 * A submission as the public form leaves it once the address is confirmed (status NEW), written
 * directly: tests of the review never depend on the public form. Every field is valid for the
 * admin's schema; `fields` overrides some of them (values as typed, strings).
 */
export async function createTestSubmission(overrides: SubmissionOverrides = {}) {
  sequence += 1;
  const { newSecretToken, secretTokenHash } = await import("../src/lib/secret-token");
  const { attachmentStore } = await import("../src/features/attachments/storage");
  const { createHash } = await import("node:crypto");
  const place = LOCALITIES[sequence % LOCALITIES.length]!;
  const accessToken = newSecretToken();
  const category = await createTestCategory();
  const title = `Senioralna spółdzielnia socjalna w mieście ${place.locality} ${sequence}-${randomUUID().slice(0, 6)}`;
  const fields = {
    title,
    summary: `Gmina ${place.locality} założyła z mieszkańcami spółdzielnię, która daje pracę osobom po pięćdziesiątce.`,
    body: "## Cel\n\nPraca dla osób 50+.\n\n## Przebieg\n\nSzkolenia, doradztwo, dotacje na start.",
    primaryCategoryId: String(category.id),
    categoryIds: [],
    unitType: "GMINA_MIEJSKA",
    locality: place.locality,
    voivodeship: place.voivodeship,
    postalCode: place.postalCode,
    postOffice: place.locality,
    implementingUnit: `Urząd Miasta ${place.locality}`,
    street: "ul. Rynek 1",
    website: "www.gmina.example.pl",
    population: "41 500",
    contacts: [
      { name: "Barbara Zielińska", role: "naczelniczka wydziału", phone: "68 470 11 22", email: "b.zielinska@gmina.example.pl", emailPublic: false },
      { name: "Tomasz Król", role: "", phone: "", email: "t.krol@gmina.example.pl", emailPublic: true },
    ],
    periodStart: "2019-03-01",
    periodEnd: "",
    ongoing: true,
    results: "Spółdzielnia zatrudnia **12 osób**.",
    resultFigures: [{ value: "12", label: "osób zatrudnionych" }],
    totalCostPln: "250 000",
    fundingSources: ["BUDZET_JST", "EFS"],
    fundingProgramme: "PO WER, Działanie 2.9",
    partners: "Powiatowy Urząd Pracy",
    transferPotential: "Jedna osoba na pół etatu przez rok.",
    sdgGoals: ["8", "10"],
    ...overrides.fields,
  };
  const status = overrides.status ?? "NEW";
  const store = attachmentStore();
  const attachments = [];
  for (const [position, file] of (overrides.attachments ?? []).entries()) {
    attachments.push({
      title: file.fileName.replace(/\.[^.]+$/, ""), fileName: file.fileName, mimeType: file.mimeType, byteSize: file.bytes.byteLength,
      sha256: createHash("sha256").update(file.bytes).digest("hex"), storageKey: await store.put(file.bytes), position,
    });
  }
  const submission = await db.submission.create({
    data: {
      accessTokenHash: secretTokenHash(accessToken)!,
      status,
      submitterName: "Jan Zgłaszający",
      submitterEmail: `zglaszajacy.${sequence}.${randomUUID().slice(0, 8)}@gmina.example.pl`,
      emailConfirmedAt: status === "DRAFT" ? null : new Date(),
      fields,
      voivodeship: typeof fields.voivodeship === "string" && fields.voivodeship ? (fields.voivodeship as Voivodeship) : null,
      title: String(fields.title),
      submittedAt: status === "DRAFT" ? null : (overrides.submittedAt ?? new Date()),
      attachments: { create: attachments },
      events: status === "DRAFT" ? undefined : { create: [{ status: "NEW", at: overrides.submittedAt ?? new Date() }] },
    },
  });
  return { ...submission, category, accessToken };
}
