import type { Metadata } from "next";

// Metadata every public page shares: its canonical address (relative; the root layout's
// metadataBase makes it absolute with PUBLIC_ORIGIN), Open Graph, and links to Atom feeds.
// Next replaces a layout's openGraph as a whole, so each page gets all of it from here.

export const SITE_NAME = "Bank Dobrych Praktyk";

export type FeedLink = { url: string; title: string };

type Options = {
  /** Omitted: the layout's default title. */
  title?: string;
  description?: string;
  /** Path and canonical query of this page, e.g. "/kategorie/kultura?strona=2". */
  path: string;
  type?: "website" | "article";
  feeds?: FeedLink[];
};

export function pageMetadata({ title, description, path, type = "website", feeds = [] }: Options): Metadata {
  return {
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
    alternates: {
      canonical: path,
      ...(feeds.length > 0 ? { types: { "application/atom+xml": feeds } } : {}),
    },
    openGraph: {
      title: title ?? SITE_NAME,
      ...(description !== undefined ? { description } : {}),
      url: path,
      siteName: SITE_NAME,
      locale: "pl_PL",
      type,
    },
  };
}
