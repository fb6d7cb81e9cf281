// `npm run bench:upload`: the server's memory while editors upload attachments. Starts the
// production site (256 MB heap, as `npm start`) on a throw-away database and sends the most one
// request may carry (10 PDFs of 20 MB each) over real HTTP, once alone and then three at once,
// sampling the server's resident memory every 20 ms.
import { buildPdf } from "../tests/fixtures/uploads/builders/pdf";
import { siteMemoryMb, startSite, throwawayDatabase, type Site } from "./bench/harness";

const PORT = Number(process.env.BENCH_PORT ?? 3204);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const FILES = 10;
const FILE_BYTES = 20_000_000;

const database = await throwawayDatabase(".bench/upload-postgres");
const { disconnectDb } = await import("../src/lib/db");
const { createSession } = await import("../src/features/auth/mutations");
const { createTestPractice, createTestUser } = await import("../tests/factories");

/** A valid PDF of exactly `bytes` bytes, its text (and so its SHA-256) told apart by `label`. */
function pdfOf(bytes: number, label: string): Buffer {
  const overhead = buildPdf({ text: label, padding: 1 }).length - 1;
  // The padding's length is written into the file: one more digit would grow it by one byte.
  const pdf = buildPdf({ text: label, padding: bytes - overhead });
  return pdf.length === bytes ? pdf : buildPdf({ text: label, padding: bytes - overhead - (pdf.length - bytes) });
}

function uploadBody(batch: string): FormData {
  const form = new FormData();
  for (let n = 0; n < FILES; n += 1) form.append("pliki", new Blob([new Uint8Array(pdfOf(FILE_BYTES, `Raport ${batch}-${n}`))]), `raport-${batch}-${n}.pdf`);
  return form;
}

async function upload(cookie: string, practiceId: number, body: FormData): Promise<string> {
  const response = await fetch(`${ORIGIN}/admin/praktyki/${practiceId}/zalaczniki/wyslij`, {
    method: "POST",
    headers: { cookie, origin: ORIGIN, accept: "application/json" },
    body,
  });
  const answer = (await response.json()) as { outcomes?: { ok: boolean }[]; message?: string };
  return `${response.status} ${answer.outcomes ? `${answer.outcomes.filter((outcome) => outcome.ok).length}/${FILES} accepted` : answer.message}`;
}

async function measure(site: Site, name: string, uploads: () => Promise<string[]>): Promise<void> {
  const before = siteMemoryMb(site);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, siteMemoryMb(site))), 20);
  const started = performance.now();
  const results = await uploads();
  clearInterval(sampler);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`| ${name} | ${results.join("; ")} | ${seconds} s | ${before} | ${Math.max(peak, siteMemoryMb(site))} |`);
}

const site = await startSite(database.url, PORT);
try {
  const user = await createTestUser();
  const cookie = `__Host-bdp-sesja=${await createSession(user.id, 3_600_000)}`;
  const practices = await Promise.all([1, 2, 3].map(() => createTestPractice()));
  console.log(`\n| upload | result | time | server RSS MB before | peak |\n|---|---|---|---|---|`);
  await measure(site, `1 request, ${FILES} × ${FILE_BYTES / 1e6} MB`, async () => [await upload(cookie, practices[0]!.id, uploadBody("a"))]);
  const bodies = ["b", "c", "d"].map(uploadBody);
  await measure(site, `3 requests at once, ${FILES} × ${FILE_BYTES / 1e6} MB each`, () =>
    Promise.all(bodies.map((body, index) => upload(cookie, practices[index]!.id, body))),
  );
} finally {
  await site.stop();
  await disconnectDb();
  await database.stop();
}
