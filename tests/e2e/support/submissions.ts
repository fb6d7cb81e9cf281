import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";

// Submissions for the review's browser tests, written straight into the site's database (and the
// files into its attachment store), as the public form leaves them once the address is confirmed:
// the review is tested without the public form's pages.

/** ATTACHMENTS_DIR of the browser tests' server (playwright.config.ts). */
const E2E_ATTACHMENTS_DIR = ".data/e2e-attachments";

export type TestSubmission = { id: number; title: string; email: string; attachmentId: number | null };

type Options = {
  /** Prisma's names, e.g. OPOLSKIE; the column holds the database's label ("opolskie"). */
  voivodeship: string;
  daysWaiting: number;
  locality: string;
  attachment?: { fileName: string; mimeType: string; bytes: Buffer };
};

export async function createSubmission(pool: pg.Pool, options: Options): Promise<TestSubmission> {
  const suffix = randomUUID().slice(0, 6);
  const title = `Klub seniora z zajęciami cyfrowymi w mieście ${options.locality} ${suffix}`;
  const email = `zglaszajacy.${suffix}@gmina.example.pl`;
  const { rows: categories } = await pool.query<{ id: number }>("SELECT id FROM category ORDER BY position, id LIMIT 1");
  const fields = {
    title,
    summary: `Miasto ${options.locality} prowadzi klub, w którym seniorzy uczą się korzystać z bankowości i e-urzędu.`,
    body: "## Cel\n\nSeniorzy samodzielni w sieci.\n\n## Przebieg\n\nZajęcia dwa razy w tygodniu.",
    primaryCategoryId: String(categories[0]!.id), categoryIds: [], unitType: "GMINA_MIEJSKA", locality: options.locality,
    voivodeship: options.voivodeship, postalCode: "45-001", postOffice: options.locality, implementingUnit: `Urząd Miasta ${options.locality}`,
    street: "ul. Rynek 1", website: "", population: "120 000",
    contacts: [{ name: "Halina Nowicka", role: "koordynatorka", phone: "77 123 45 67", email: `h.nowicka.${suffix}@gmina.example.pl`, emailPublic: false }],
    periodStart: "2021-09-01", periodEnd: "", ongoing: true, results: "Z klubu skorzystało **240 osób**.",
    resultFigures: [{ value: "240", label: "uczestników" }], totalCostPln: "80 000", fundingSources: ["BUDZET_JST"],
    fundingProgramme: "", partners: "Uniwersytet Trzeciego Wieku", transferPotential: "Sala z komputerami i dwoje prowadzących.", sdgGoals: ["4"],
  };
  const submittedAt = new Date(Date.now() - options.daysWaiting * 86_400_000);
  const { rows } = await pool.query<{ id: number }>(
    `INSERT INTO submission (access_token_hash, status, submitter_name, submitter_email, email_confirmed_at, fields, voivodeship, title, submitted_at, updated_at)
     VALUES ($1, 'nowe', 'Jan Zgłaszający', $2, $3, $4, $5::voivodeship, $6, $3, now()) RETURNING id`,
    [createHash("sha256").update(randomBytes(32)).digest("hex"), email, submittedAt, JSON.stringify(fields), options.voivodeship.toLowerCase().replace(/_/g, "-"), title],
  );
  const id = rows[0]!.id;
  await pool.query("INSERT INTO submission_event (submission_id, at, status) VALUES ($1, $2, 'nowe')", [id, submittedAt]);
  let attachmentId: number | null = null;
  if (options.attachment) {
    const key = randomUUID();
    await mkdir(path.join(E2E_ATTACHMENTS_DIR, key.slice(0, 2)), { recursive: true });
    await writeFile(path.join(E2E_ATTACHMENTS_DIR, key.slice(0, 2), key), options.attachment.bytes);
    const { rows: files } = await pool.query<{ id: number }>(
      `INSERT INTO submission_attachment (submission_id, title, file_name, mime_type, byte_size, sha256, storage_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [id, options.attachment.fileName.replace(/\.[^.]+$/, ""), options.attachment.fileName, options.attachment.mimeType, options.attachment.bytes.byteLength,
        createHash("sha256").update(options.attachment.bytes).digest("hex"), key],
    );
    attachmentId = files[0]!.id;
  }
  return { id, title, email, attachmentId };
}

export async function deleteSubmissions(pool: pg.Pool, ids: number[]): Promise<void> {
  await pool.query("DELETE FROM submission WHERE id = ANY($1::int[])", [ids]);
}
