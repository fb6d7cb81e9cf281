// Writes the demo attachments whose text search reads (docs/decisions/013-attachment-text.md) into
// files/, and the small files of the text extractors' tests into tests/fixtures/attachment-text/:
// PDFs printed by Chromium (real Polish text, embedded fonts; the "scan" is a picture of a page and
// nothing else), DOCX, ODT, XLSX and ODS written with the upload tests' package builders. Their
// words are not in the practices' own texts, so a search for them finds the practice only through
// its attachment. Run after editing and commit the files:
//   npx tsx scripts/demo-data/make-attachment-files.ts
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "playwright-core";
import { buildDocx, buildOds, buildOdt, buildXlsx } from "../../tests/fixtures/uploads/builders/office";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DEMO = path.join(ROOT, "scripts/demo-data/files");
const FIXTURES = path.join(ROOT, "tests/fixtures/attachment-text");

type Section = { heading: string; paragraphs: string[]; newPage?: boolean };
type Document = { title: string; sections: Section[] };

const REPORT_2011: Document = {
  title: "Sprawozdanie z realizacji programu „Krok do pracy” w 2011 roku",
  sections: [
    {
      heading: "Szkolenia zawodowe",
      paragraphs: [
        "W 2011 roku 64 uczestników ukończyło kursy zawodowe. Najwięcej osób wybrało kurs spawania metodą MIG/MAG (18 osób), kurs operatora koparko-ładowarki (14 osób) oraz kurs brukarza (11 osób).",
        "Dziewięć kobiet ukończyło kurs florystyki i bukieciarstwa zorganizowany wspólnie z kwiaciarniami z dzielnicy Sośnica.",
      ],
    },
    {
      heading: "Zatrudnienie absolwentów",
      paragraphs: [
        "Po zakończeniu kursów 27 absolwentów podjęło pracę, w tym 12 w zakładach spawalniczych i warsztatach ślusarskich w dzielnicy Łabędy.",
        "Koszt jednego kursu spawania wyniósł 2 350 zł; stypendia szkoleniowe wypłacano co miesiąc.",
      ],
    },
  ],
};

const FIXTURE_PDF: Document = {
  title: "Sprawozdanie z konsultacji w sprawie pergoli na skwerze",
  sections: [
    { heading: "Wnioski", paragraphs: ["Mieszkańcy poprosili o pergolę z pnączami i poidełko dla psów.", "Zażółć gęślą jaźń."] },
    { heading: "Strona druga", paragraphs: ["Nasadzenia lip drobnolistnych."], newPage: true },
  ],
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function htmlOf(document: Document): string {
  const sections = document.sections
    .map((section) => `<h2${section.newPage ? ' style="break-before: page"' : ""}>${escapeHtml(section.heading)}</h2>${section.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}`)
    .join("");
  return `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>${escapeHtml(document.title)}</title>
<style>body { font-family: "DejaVu Sans", sans-serif; font-size: 11pt; line-height: 1.5; } h1 { font-size: 16pt; }</style>
</head><body><h1>${escapeHtml(document.title)}</h1>${sections}</body></html>`;
}

async function printPdf(page: Page, html: string, file: string): Promise<void> {
  await page.setContent(html);
  await page.pdf({ path: file, format: "A4", margin: { top: "20mm", bottom: "20mm", left: "20mm", right: "20mm" }, tagged: true });
  console.log(path.relative(ROOT, file));
}

/** A "scan": a screenshot of a printed-looking page, put into a PDF as its only content. */
async function printScan(page: Page, document: Document, file: string): Promise<void> {
  await page.setViewportSize({ width: 620, height: 400 });
  await page.setContent(htmlOf(document));
  const picture = (await page.screenshot({ type: "png" })).toString("base64");
  await printPdf(page, `<!doctype html><html lang="pl"><body style="margin:0"><img alt="" src="data:image/png;base64,${picture}" style="width:100%"></body></html>`, file);
}

function paragraphsDocx(paragraphs: string[]): string {
  return paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeHtml(text)}</w:t></w:r></w:p>`).join("");
}

function write(file: string, bytes: Buffer): void {
  writeFileSync(file, bytes);
  console.log(path.relative(ROOT, file));
}

// ── Demo attachments ───────────────────────────────────────────────────────────────────────
write(
  path.join(DEMO, "Harmonogram szkoleń.docx"),
  buildDocx({
    body: paragraphsDocx([
      "Harmonogram szkoleń dla opiekunów i wolontariuszy centrum teleopieki",
      "14 marca – obsługa defibrylatora AED w mieszkaniu podopiecznego.",
      "21 marca – resuscytacja krążeniowo-oddechowa u osób starszych.",
      "28 marca – postępowanie przy udarze i zasłabnięciu; ćwiczenia na fantomie.",
    ]),
  }),
);
write(
  path.join(DEMO, "Protokół z konsultacji.odt"),
  buildOdt({
    body: [
      "<text:h>Protokół ze spotkania konsultacyjnego w sprawie skweru przy ulicy Próchnika</text:h>",
      "<text:p>Mieszkańcy zgłosili 42 uwagi. Najczęściej proszono o <text:span>pergolę z pnączami</text:span>, poidełko dla psów i stojaki rowerowe.</text:p>",
      "<text:p>Część uczestników sprzeciwiła się wycince dwóch kasztanowców; zaproponowano nasadzenia lip drobnolistnych.</text:p>",
    ].join(""),
  }),
);

// ── Fixtures of the extractors' tests ──────────────────────────────────────────────────────
write(
  path.join(FIXTURES, "akapity.docx"),
  buildDocx({
    body: [
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Pierwszy akapit</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">z tabulatorem &amp; znakiem</w:t></w:r></w:p>',
      "<w:p><w:r><w:instrText> HYPERLINK \"https://example.pl\" </w:instrText></w:r><w:r><w:t>Drugi</w:t></w:r><w:r><w:br/><w:t>wiersz</w:t></w:r></w:p>",
      "<w:p><w:del><w:r><w:delText>usunięty tekst</w:delText></w:r></w:del><w:r><w:t>Zażółć gęślą jaźń</w:t></w:r></w:p>",
    ].join(""),
  }),
);
write(
  path.join(FIXTURES, "akapity.odt"),
  buildOdt({
    body: '<text:h text:outline-level="1">Nagłówek</text:h><text:p>Pierwszy<text:s/>akapit &lt;ważny&gt;<text:line-break/>drugi wiersz</text:p><text:p><text:span>Zażółć</text:span> gęślą jaźń</text:p>',
  }),
);
write(
  path.join(FIXTURES, "budzet.xlsx"),
  buildXlsx({
    extraParts: [
      {
        name: "xl/sharedStrings.xml",
        data: '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Wydatki na świetlicę</t></si><si><r><t>Dotacja </t></r><r><t>wojewódzka</t></r></si></sst>',
      },
    ],
  }),
);
write(
  path.join(FIXTURES, "budzet.ods"),
  buildOds({
    body: '<table:table table:name="Budżet"><table:table-row><table:table-cell><text:p>Wydatki na świetlicę</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="1200"><text:p>1200</text:p></table:table-cell></table:table-row></table:table>',
  }),
);

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const page = await browser.newPage();
  await printPdf(page, htmlOf(REPORT_2011), path.join(DEMO, "Sprawozdanie 2011.pdf"));
  await printPdf(page, htmlOf(FIXTURE_PDF), path.join(FIXTURES, "tekst.pdf"));
  await printScan(page, { title: "Uchwała nr XII/84/2011 Rady Gminy", sections: [{ heading: "§ 1", paragraphs: ["Przyjmuje się regulamin budżetu obywatelskiego."] }] }, path.join(DEMO, "Skan uchwały.pdf"));
  await printScan(page, FIXTURE_PDF, path.join(FIXTURES, "skan.pdf"));
} finally {
  await browser.close();
}
