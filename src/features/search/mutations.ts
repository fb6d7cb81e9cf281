import { db } from "@/lib/db";
import { foldDiacritics } from "./analyze";
import { searchDocumentOf, vocabularyOf, type SearchablePractice } from "./documents";

// Keeps practices' search columns current. Every write of a practice calls this in the same
// code path (features/practice/mutations.ts); there is no other way practices are written.

const CHUNK = 500;

async function categoryAncestry(): Promise<Map<number, { name: string; parentId: number | null }>> {
  const categories = await db.category.findMany({ select: { id: true, name: true, parentId: true } });
  return new Map(categories.map((category) => [category.id, category]));
}

export async function refreshSearchDocuments(practiceIds: number[]): Promise<void> {
  const categories = await categoryAncestry();
  for (let start = 0; start < practiceIds.length; start += CHUNK) {
    const practices = await db.practice.findMany({
      where: { id: { in: practiceIds.slice(start, start + CHUNK) } },
      select: {
        id: true, title: true, summary: true, body: true, locality: true, postOffice: true, implementingUnit: true,
        street: true, unitType: true, voivodeship: true, status: true, categories: { select: { categoryId: true } },
      },
    });
    const rows = practices.map((practice) => {
      const ids = new Set<number>();
      for (const { categoryId } of practice.categories) {
        for (let id: number | null = categoryId; id !== null && !ids.has(id); id = categories.get(id)?.parentId ?? null) ids.add(id);
      }
      const searchable: SearchablePractice = { ...practice, categoryNames: [...ids].map((id) => categories.get(id)?.name ?? "") };
      return {
        id: practice.id,
        document: searchDocumentOf(searchable),
        categoryIds: [...ids],
        searchable,
        published: practice.status === "PUBLISHED",
      };
    });
    await writeDocuments(rows);
    // Only published words may ever be suggested to visitors.
    await addVocabulary(rows.filter((row) => row.published).map((row) => row.searchable));
  }
}

async function writeDocuments(rows: { id: number; document: ReturnType<typeof searchDocumentOf>; categoryIds: number[] }[]) {
  if (rows.length === 0) return;
  await db.$executeRaw`
    UPDATE practice SET
      search_document = setweight(to_tsvector('simple', d.title), 'A') || setweight(to_tsvector('simple', d.summary), 'B')
        || setweight(to_tsvector('simple', d.body), 'C') || setweight(to_tsvector('simple', d.metadata), 'D'),
      search_rank_document = setweight(to_tsvector('simple', d.title), 'A') || setweight(to_tsvector('simple', d.summary), 'B')
        || setweight(to_tsvector('simple', d.metadata), 'D'),
      category_ids = d.category_ids::int[]
    FROM unnest(
      ${rows.map((row) => row.id)}::int[],
      ${rows.map((row) => row.document.title)}::text[],
      ${rows.map((row) => row.document.summary)}::text[],
      ${rows.map((row) => row.document.body)}::text[],
      ${rows.map((row) => row.document.metadata)}::text[],
      ${rows.map((row) => `{${row.categoryIds.join(",")}}`)}::text[]
    ) AS d(id, title, summary, body, metadata, category_ids)
    WHERE practice.id = d.id`;
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
