import type { z } from "zod";
import type { detailsSnapshotSchema } from "../../src/features/practice/snapshot";
import type { UnitType, Voivodeship } from "../../src/generated/prisma/enums";

export type DemoContact = { name: string; role?: string; phone?: string; email?: string };

export type DemoAttachment = {
  title: string;
  /** File name inside scripts/demo-data/files/. */
  file: string;
};

export type DemoPractice = {
  /** Defaults to the slugified title. */
  slug?: string;
  title: string;
  /** "Skrót": plain text; paragraphs separated by a blank line. */
  summary: string;
  /** "Pełna prezentacja": Markdown (headings ##, lists, links, emphasis; no raw HTML). */
  body: string;
  /** Category slugs; the first is the primary category. */
  categories: string[];
  /** "YYYY-MM-DD". */
  enteredOn: string;
  revisedOn: string;
  unitType: UnitType;
  locality: string;
  voivodeship: Voivodeship;
  /** "NN-NNN". */
  postalCode: string;
  postOffice: string;
  implementingUnit: string;
  street?: string;
  website?: string;
  population?: number;
  contacts: DemoContact[];
  attachments?: DemoAttachment[];
  /**
   * Period ("YYYY-MM-DD"), results, cost and funding, partners, transfer, SDG goals, in the form
   * versions store them; only what the practice's own text states.
   */
  details?: z.input<typeof detailsSnapshotSchema>;
};

export type DemoCategory = { name: string; slug: string; description: string; children?: DemoCategory[] };
