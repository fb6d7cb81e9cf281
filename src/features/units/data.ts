import "server-only";
import { PracticeStatus } from "@/generated/prisma/enums";
import { ALL_UNIT_TYPES, ALL_VOIVODESHIPS } from "@/features/practice/vocabulary";
import { POPULATION_BANDS } from "@/features/search/vocabulary";
import { db } from "@/lib/db";
import { orderByIds } from "@/lib/order-by-ids";
import { bandIndex, familyOf, type Kinship, type UnitProfile } from "./comparable";

// "Gminy takie jak moja": published practices of units like the visitor's, read from the search
// index (practice_search) in one statement. A practice's fit depends on its facet key alone
// (features/search/facet-key.ts: voivodeship + 16 × unit type + 128 × band, band 6 = unknown), so
// the 896 keys are scored first, and only the newest practices of each fitting key are read, by
// the index on (facet_key, entered_on). Score, highest first, newest on a tie:
//   4 × same family of units (gmina, powiat, województwo, other) + 1 × the very same unit type
//   + 4 × same population band (or 2 × the band next to it) + 1.5 × same voivodeship.
// Same family and band come first; a practice sharing less follows, so the list widens by itself
// when few units are alike. A practice sharing nothing with the profile is left out.

export const COMPARABLE_LIMIT = 20;
const UNKNOWN_BAND = POPULATION_BANDS.length;
const KEY_COUNT = 128 * (UNKNOWN_BAND + 1);

type ScoredRow = Kinship & { id: number };

function indexOrNone<T>(values: readonly T[], value: T | null): number {
  return value === null ? -1 : values.indexOf(value);
}

export async function listComparablePractices(profile: UnitProfile) {
  const type = indexOrNone(ALL_UNIT_TYPES, profile.unitType);
  const family = profile.unitType ? familyOf(profile.unitType).types.map((t) => ALL_UNIT_TYPES.indexOf(t)) : [];
  const band = bandIndex(profile.band) ?? -10;
  const region = indexOrNone(ALL_VOIVODESHIPS, profile.voivodeship);
  const scored = await db.$queryRaw<ScoredRow[]>`
    WITH keys AS (
      SELECT key, key / 16 % 8 AS unit_type, key / 128 AS band, key % 16 AS region FROM generate_series(0, ${KEY_COUNT - 1}) AS key
    ), kin AS (
      SELECT key, unit_type = ${type} AS same_type, unit_type = ANY(${family}::int[]) AS same_family,
        band = ${band} AS same_band, abs(band - ${band}) = 1 AND band < ${UNKNOWN_BAND} AS near_band, region = ${region} AS same_region
      FROM keys
    ), fitting AS (
      SELECT kin.*, 4 * same_family::int + same_type::int + 4 * same_band::int + 2 * near_band::int + 1.5 * same_region::int AS score
      FROM kin
      WHERE same_family OR same_band OR near_band OR same_region
    )
    SELECT p.practice_id AS id, same_type AS "sameUnitType", same_family AS "sameFamily", same_band AS "sameBand",
      near_band AS "nearBand", same_region AS "sameRegion"
    FROM fitting CROSS JOIN LATERAL (
      SELECT practice_id, entered_on FROM practice_search s WHERE s.facet_key = fitting.key
      ORDER BY entered_on DESC, practice_id LIMIT ${COMPARABLE_LIMIT}
    ) p
    ORDER BY score DESC, p.entered_on DESC, p.practice_id
    LIMIT ${COMPARABLE_LIMIT}`;
  const practices = await db.practice.findMany({
    where: { id: { in: scored.map((row) => row.id) }, status: PracticeStatus.PUBLISHED },
    select: { id: true, slug: true, title: true, locality: true, voivodeship: true, unitType: true, population: true },
  });
  const kinship = new Map(scored.map(({ id, ...row }): [number, Kinship] => [id, row]));
  return orderByIds(
    scored.map((row) => row.id),
    practices,
  ).map((practice) => ({ ...practice, kinship: kinship.get(practice.id)! }));
}

export type ComparablePractice = Awaited<ReturnType<typeof listComparablePractices>>[number];
