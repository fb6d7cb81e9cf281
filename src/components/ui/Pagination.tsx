import Link from "next/link";

type Props = { page: number; pageCount: number; hrefFor: (page: number) => string; label?: string };

/** Pages around the current one, plus the first and last; numbers are links, the current page is marked. */
export function Pagination({ page, pageCount, hrefFor, label = "Strony wyników" }: Props) {
  if (pageCount <= 1) return null;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  return (
    <nav aria-label={label} className="mt-8 print-hidden">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className="inline-block px-3 py-2">
              ‹ Poprzednia<span className="sr-only"> strona</span>
            </Link>
          </li>
        )}
        {shown.map((n, index) => (
          <li key={n} className="flex items-center gap-2">
            {index > 0 && n - (shown[index - 1] ?? n) > 1 && <span aria-hidden="true">…</span>}
            {n === page ? (
              <a href={hrefFor(n)} aria-current="page" className="inline-block bg-brand-800 px-3 py-2 font-bold text-white no-underline">
                <span className="sr-only">Strona </span>
                {n}
              </a>
            ) : (
              <Link href={hrefFor(n)} className="inline-block px-3 py-2">
                <span className="sr-only">Strona </span>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className="inline-block px-3 py-2">
              Następna<span className="sr-only"> strona</span> ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
