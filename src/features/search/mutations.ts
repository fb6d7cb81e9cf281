import { db } from "@/lib/db";
import { foldDiacritics } from "./analyze";
import { ATTACHMENT_INDEX_MAX_CHARS, searchDocumentOf, vocabularyOf, type SearchablePractice } from "./documents";
import { bandOf, facetKeyOf } from "./facet-key";

// Keeps the search index (practice_search) current: published practices have a row, others none.
// Every write of a practice calls this in the same code path (features/practice/mutations.ts).

// Practices per round trip; a chunk also holds their attachments' text (up to
// ATTACHMENT_INDEX_MAX_CHARS each), which bounds the memory of a full reindex.
const CHUNK = 200;

/** The extracted text of the attachments of some practices, capped per practice, in SQL. */
async function attachmentTexts(practiceIds: number[]): Promise<Map<number, string>> {
  const rows = await db.$queryRaw<{ practice_id: number; text: string }[]>`
    SELECT practice_id, left(string_agg(text, E'\n\n' ORDER BY position, id), ${ATTACHMENT_INDEX_MAX_CHARS}::int) AS text
    FROM attachment WHERE practice_id = ANY(${practiceIds}::int[]) AND text_status = 'wyodrebniony'
    GROUP BY practice_id`;
  return new Map(rows.map((row) => [row.practice_id, row.text]));
}

async function categoryAncestry(): Promise<Map<number, { name: string; parentId: number | null }>> {
  const categories = await db.category.findMany({ select: { id: true, name: true, parentId: true } });
  return new Map(categories.map((category) => [category.id, category]));
}

export async function refreshSearchDocuments(practiceIds: number[]): Promise<void> {
  const categories = await categoryAncestry();
  for (let start = 0; start < practiceIds.length; start += CHUNK) {
    const chunk = practiceIds.slice(start, start + CHUNK);
    const attachments = await attachmentTexts(chunk);
    const practices = await db.practice.findMany({
      where: { id: { in: chunk } },
      select: {
        id: true, title: true, summary: true, body: true, locality: true, postOffice: true, implementingUnit: true,
        street: true, unitType: true, voivodeship: true, status: true, population: true, enteredOn: true,
        results: true, resultFigures: true, partners: true, transferPotential: true, fundingSources: true, fundingProgramme: true,
        categories: { select: { categoryId: true } },
      },
    });
    const rows = practices.map((practice) => {
      const ids = new Set<number>();
      for (const { categoryId } of practice.categories) {
        for (let id: number | null = categoryId; id !== null && !ids.has(id); id = categories.get(id)?.parentId ?? null) ids.add(id);
      }
      const searchable: SearchablePractice = {
        ...practice,
        categoryNames: [...ids].map((id) => categories.get(id)?.name ?? ""),
        attachmentText: attachments.get(practice.id) ?? "",
      };
      return {
        id: practice.id,
        document: searchDocumentOf(searchable),
        categoryIds: [...ids].sort((a, b) => a - b),
        facetKey: facetKeyOf({ voivodeship: practice.voivodeship, unitType: practice.unitType, band: bandOf(practice.population) }),
        enteredOn: practice.enteredOn,
        title: practice.title,
        searchable,
        published: practice.status === "PUBLISHED",
      };
    });
    await db.$executeRaw`DELETE FROM practice_search WHERE practice_id = ANY(${chunk}::int[])
      AND practice_id <> ALL(${rows.filter((row) => row.published).map((row) => row.id)}::int[])`;
    await writeDocuments(rows.filter((row) => row.published));
    // Only published words may ever be suggested to visitors.
    await addVocabulary(rows.filter((row) => row.published).map((row) => row.searchable));
  }
}

type IndexRow = {
  id: number;
  document: ReturnType<typeof searchDocumentOf>;
  categoryIds: number[];
  facetKey: number;
  enteredOn: Date;
  title: string;
};

async function writeDocuments(rows: IndexRow[]) {
  if (rows.length === 0) return;
  await db.$executeRaw`
    INSERT INTO practice_search (practice_id, document, title_document, lead_document, facet_key, category_ids, entered_on, title)
    SELECT d.id,
      setweight(to_tsvector('simple', d.title_terms), 'A') || setweight(to_tsvector('simple', d.summary), 'B')
        || setweight(to_tsvector('simple', d.body), 'C') || setweight(to_tsvector('simple', d.metadata), 'D')
        || setweight(to_tsvector('simple', d.attachments), 'D'),
      setweight(to_tsvector('simple', d.title_terms), 'A'),
      -- With attachment text, the marker search_tier looks for before taking its shortcut (SQL in
      -- the migration attachment_text): the attachments' own terms stay out of this small vector.
      setweight(to_tsvector('simple', d.title_terms), 'A') || setweight(to_tsvector('simple', d.summary), 'B')
        || setweight(to_tsvector('simple', d.metadata), 'D')
        || CASE WHEN d.attachments = '' THEN ''::tsvector ELSE setweight(array_to_tsvector(ARRAY['#zalaczniki']), 'D') END,
      d.facet_key, d.category_ids::int[], d.entered_on, d.title
    FROM unnest(
      ${rows.map((row) => row.id)}::int[],
      ${rows.map((row) => row.document.title)}::text[],
      ${rows.map((row) => row.document.summary)}::text[],
      ${rows.map((row) => row.document.body)}::text[],
      ${rows.map((row) => row.document.metadata)}::text[],
      ${rows.map((row) => row.document.attachments)}::text[],
      ${rows.map((row) => row.facetKey)}::int[],
      ${rows.map((row) => `{${row.categoryIds.join(",")}}`)}::text[],
      ${rows.map((row) => row.enteredOn)}::date[],
      ${rows.map((row) => row.title)}::text[]
    ) AS d(id, title_terms, summary, body, metadata, attachments, facet_key, category_ids, entered_on, title)
    ON CONFLICT (practice_id) DO UPDATE SET
      document = EXCLUDED.document, title_document = EXCLUDED.title_document, lead_document = EXCLUDED.lead_document,
      facet_key = EXCLUDED.facet_key, category_ids = EXCLUDED.category_ids, entered_on = EXCLUDED.entered_on,
      title = EXCLUDED.title`;
}

async function addVocabulary(practices: SearchablePractice[]): Promise<void> {
  const words = new Map<string, string>();
  for (const practice of practices) for (const [term, word] of vocabularyOf(practice)) words.set(term, word);
  const localities = new Map(practices.map((practice) => [foldDiacritics(practice.locality), practice.locality]));
  if (localities.size === 0) return;
  if (words.size > 0) {
    await db.$executeRaw`
      INSERT INTO search_term (term, word)
      SELECT * FROM unnest(${[...words.keys()]}::text[], ${[...words.values()]}::text[])
      ON CONFLICT (term) DO NOTHING`;
  }
  await db.$executeRaw`
    INSERT INTO search_term (term, word, is_locality)
    SELECT term, word, true FROM unnest(${[...localities.keys()]}::text[], ${[...localities.values()]}::text[]) AS l(term, word)
    ON CONFLICT (term) DO UPDATE SET is_locality = true, word = EXCLUDED.word`;
}

// Frequent queries whose counts are kept; each costs every later write of the index a match test.
const MAX_FREQUENT_QUERIES = 200;

/**
 * Starts keeping the facet counts of a query found in many practices (search_frequent_query;
 * a trigger keeps them exact from then on). Writers of the index wait while the counts are made,
 * so none is missed or counted twice. When all places are taken, the query searched least
 * recently, before today, gives up its place; if every one was searched today, nothing is kept.
 */
export async function promoteFrequentQuery(tsquery: string): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`LOCK TABLE practice_search IN SHARE MODE`;
      // The words' GIN index, never a scan that reads every document (see countCombos in facet-data.ts).
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      // One promotion at a time, so the bound holds.
      await tx.$executeRaw`LOCK TABLE search_frequent_query IN SHARE ROW EXCLUSIVE MODE`;
      await tx.$executeRaw`
        DELETE FROM search_frequent_query WHERE id = (
          SELECT id FROM search_frequent_query WHERE last_used_on < current_date
          ORDER BY last_used_on, id LIMIT 1
        ) AND (SELECT count(*) FROM search_frequent_query) >= ${MAX_FREQUENT_QUERIES}
          AND NOT EXISTS (SELECT 1 FROM search_frequent_query WHERE source = ${tsquery})`;
      const inserted = await tx.$queryRaw<{ id: number }[]>`
        INSERT INTO search_frequent_query (source, query)
        SELECT ${tsquery}, to_tsquery('simple', ${tsquery})
        WHERE (SELECT count(*) FROM search_frequent_query) < ${MAX_FREQUENT_QUERIES}
        ON CONFLICT (source) DO NOTHING
        RETURNING id`;
      if (!inserted[0]) return;
      await tx.$executeRaw`
        INSERT INTO search_frequent_combo (query_id, year, facet_key, category_key, tier, count)
        SELECT ${inserted[0].id}::int, extract(year FROM entered_on)::smallint, facet_key, array_to_string(category_ids, ','),
          search_tier(document, title_document, lead_document, query), count(*)::int
        FROM practice_search, to_tsquery('simple', ${tsquery}) AS query
        WHERE document @@ query
        GROUP BY 1, 2, 3, 4, 5`;
    },
    { timeout: 60_000 },
  );
}

/** Notes that a kept query was searched today (at most one write a day per query). */
export async function markFrequentQueryUsed(id: number): Promise<void> {
  await db.$executeRaw`UPDATE search_frequent_query SET last_used_on = current_date WHERE id = ${id} AND last_used_on < current_date`;
}

/** Keeps a frequent query's combinations as read at `version`, unless newer ones were kept meanwhile. */
export async function keepFrequentCombos(id: number, version: string, combos: string | null): Promise<void> {
  await db.$executeRaw`
    UPDATE search_frequent_query SET combos = ${combos}, combos_version = ${version}::bigint
    WHERE id = ${id} AND (combos_version IS NULL OR combos_version < ${version}::bigint)`;
}

/** Keeps facet_total's combinations as read at `version`, unless newer ones were kept meanwhile. */
export async function keepFacetTotalText(version: string, combos: string | null): Promise<void> {
  await db.$executeRaw`
    INSERT INTO facet_total_text (id, version, combos) VALUES (1, ${version}::bigint, ${combos})
    ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, combos = EXCLUDED.combos
    WHERE facet_total_text.version < EXCLUDED.version`;
}

type YearText = { year: number; combos: string };

/** Keeps facet_total's texts of some years as read at `version`, unless newer ones were kept meanwhile. */
export async function keepFacetTotalYearTexts(version: string, texts: YearText[]): Promise<void> {
  await db.$executeRaw`
    INSERT INTO facet_total_year_text (year, version, combos)
    SELECT year, ${version}::bigint, combos FROM unnest(${texts.map((t) => t.year)}::int[], ${texts.map((t) => t.combos)}::text[]) AS t(year, combos)
    ON CONFLICT (year) DO UPDATE SET version = EXCLUDED.version, combos = EXCLUDED.combos
    WHERE facet_total_year_text.version < EXCLUDED.version`;
}

/** The same for a frequent query's texts by year. */
export async function keepFrequentYearTexts(queryId: number, version: string, texts: YearText[]): Promise<void> {
  await db.$executeRaw`
    INSERT INTO search_frequent_year_text (query_id, year, version, combos)
    SELECT ${queryId}::int, year, ${version}::bigint, combos FROM unnest(${texts.map((t) => t.year)}::int[], ${texts.map((t) => t.combos)}::text[]) AS t(year, combos)
    WHERE EXISTS (SELECT 1 FROM search_frequent_query WHERE id = ${queryId}::int)
    ON CONFLICT (query_id, year) DO UPDATE SET version = EXCLUDED.version, combos = EXCLUDED.combos
    WHERE search_frequent_year_text.version < EXCLUDED.version`;
}
