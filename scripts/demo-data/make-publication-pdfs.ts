// Writes the PDFs of the demo publications (publications.ts) into files/publikacje/, with
// Chromium's printing: real Polish text, embedded fonts, tagged PDF (headings and lists for screen
// readers), document title and language. Run after editing publications.ts and commit the files:
//   npx tsx scripts/demo-data/make-publication-pdfs.ts
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { demoPublications, type DemoPublication } from "./publications";

const OUTPUT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "files/publikacje");

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function htmlOf(publication: DemoPublication): string {
  const sections = publication.sections
    .map((section) => {
      const paragraphs = (section.paragraphs ?? []).map((p) => `<p>${escapeHtml(p)}</p>`).join("");
      const items = section.items ? `<ul>${section.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>` : "";
      return `<h2>${escapeHtml(section.heading)}</h2>${paragraphs}${items}`;
    })
    .join("");
  return `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>${escapeHtml(publication.title)}</title>
<style>
  body { font-family: "DejaVu Sans", "Liberation Sans", sans-serif; font-size: 10.5pt; line-height: 1.5; color: #111; margin: 0; }
  header { border-bottom: 2pt solid #1f5f3c; padding-bottom: 8pt; margin-bottom: 14pt; }
  header p { margin: 0; color: #1f5f3c; font-weight: bold; font-size: 9pt; letter-spacing: 0.04em; text-transform: uppercase; }
  h1 { font-size: 18pt; margin: 6pt 0 0; line-height: 1.25; }
  h2 { font-size: 12.5pt; margin: 16pt 0 4pt; color: #174a2e; }
  p { margin: 4pt 0; }
  ul { margin: 4pt 0; padding-left: 16pt; }
  li { margin: 2pt 0; }
  footer { margin-top: 24pt; border-top: 0.5pt solid #999; padding-top: 6pt; font-size: 8.5pt; color: #444; }
</style></head><body>
<header><p>Bank Dobrych Praktyk</p><h1>${escapeHtml(publication.title)}</h1></header>
<main>${sections}</main>
<footer>Bank Dobrych Praktyk · ${escapeHtml(publication.publishedOn)} · dokument demonstracyjny serwisu</footer>
</body></html>`;
}

await mkdir(OUTPUT_DIR, { recursive: true });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const page = await browser.newPage();
  for (const publication of demoPublications) {
    await page.setContent(htmlOf(publication));
    await page.pdf({
      path: path.join(OUTPUT_DIR, publication.file),
      format: "A4",
      margin: { top: "20mm", bottom: "20mm", left: "20mm", right: "20mm" },
      tagged: true,
      outline: true,
    });
    console.log(`files/publikacje/${publication.file}`);
  }
} finally {
  await browser.close();
}
