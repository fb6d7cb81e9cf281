import { xmlText, XML_DECLARATION } from "./xml";

// Atom 1.0 (RFC 4287) documents. Every text goes through xmlText; ids are tag: URIs (RFC 4151)
// that stay the same when a practice's address or title changes.

export type AtomEntry = {
  id: string;
  title: string;
  url: string;
  published: Date;
  updated: Date;
  author: string;
  summary: string;
  categories: { term: string; label: string; scheme: string }[];
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  selfUrl: string;
  pageUrl: string;
  author: { name: string; uri: string };
  /** Used when there are no entries. */
  fallbackUpdated: Date;
  entries: AtomEntry[];
};

/** tag:bdp.example.pl,2008:praktyki/12 — the bank's addresses began in 2008. */
export function tagUri(origin: string, specific: string): string {
  return `tag:${new URL(origin).hostname},2008:${specific}`;
}

export function feedUpdated(feed: Pick<AtomFeed, "entries" | "fallbackUpdated">): Date {
  const times = feed.entries.map((entry) => entry.updated.getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : feed.fallbackUpdated;
}

function entryXml(entry: AtomEntry): string {
  const categories = entry.categories
    .map((category) => `    <category term="${xmlText(category.term)}" label="${xmlText(category.label)}" scheme="${xmlText(category.scheme)}"/>\n`)
    .join("");
  return (
    "  <entry>\n" +
    `    <id>${xmlText(entry.id)}</id>\n` +
    `    <title type="text">${xmlText(entry.title)}</title>\n` +
    `    <link rel="alternate" type="text/html" href="${xmlText(entry.url)}"/>\n` +
    `    <published>${entry.published.toISOString()}</published>\n` +
    `    <updated>${entry.updated.toISOString()}</updated>\n` +
    `    <author><name>${xmlText(entry.author)}</name></author>\n` +
    categories +
    `    <summary type="text">${xmlText(entry.summary)}</summary>\n` +
    "  </entry>\n"
  );
}

export function atomXml(feed: AtomFeed): string {
  return (
    XML_DECLARATION +
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pl">\n' +
    `  <id>${xmlText(feed.id)}</id>\n` +
    `  <title type="text">${xmlText(feed.title)}</title>\n` +
    `  <subtitle type="text">${xmlText(feed.subtitle)}</subtitle>\n` +
    `  <updated>${feedUpdated(feed).toISOString()}</updated>\n` +
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>\n` +
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.pageUrl)}"/>\n` +
    `  <author><name>${xmlText(feed.author.name)}</name><uri>${xmlText(feed.author.uri)}</uri></author>\n` +
    feed.entries.map(entryXml).join("") +
    "</feed>\n"
  );
}
