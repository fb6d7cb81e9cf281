import type { ExternalLinkItem } from "@/features/external-links/data";

/** "https://urbact.eu/good-practices" → "urbact.eu/good-practices": the address people read. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//i, "").replace(/^www\./i, "").replace(/\/$/, "");
}

export function ExternalLinkList({ links }: { links: ExternalLinkItem[] }) {
  if (links.length === 0) return <p className="mt-4">Lista jest jeszcze pusta.</p>;
  return (
    <ul className="mt-6 space-y-6">
      {links.map((link) => (
        <li key={link.id} className="border-b border-slate-200 pb-6">
          <h2 className="text-xl font-bold">
            <a href={link.url} rel="noopener">
              {link.title}
            </a>
          </h2>
          <p className="mt-1 text-sm text-slate-700">{displayUrl(link.url)}</p>
          {link.description && <p className="mt-2 max-w-prose leading-relaxed">{link.description}</p>}
        </li>
      ))}
    </ul>
  );
}
