import type { Fragment } from "@/features/search/highlight";

export function Highlighted({ fragments }: { fragments: Fragment[] }) {
  return (
    <>
      {fragments.map((fragment, index) =>
        fragment.match ? (
          <mark key={index} className="bg-yellow-200 px-0.5 text-slate-900">
            {fragment.text}
          </mark>
        ) : (
          fragment.text
        ),
      )}
    </>
  );
}
