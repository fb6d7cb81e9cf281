import { randomUUID } from "node:crypto";
import { createPractice, type NewPractice } from "../src/features/practice/mutations";
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
