/** The GET search form of every page's header: works without JavaScript, gives a shareable URL. */
export function SearchBox({ defaultValue = "" }: { defaultValue?: string }) {
  return (
    <form action="/szukaj" method="get" role="search" aria-label="Szybkie wyszukiwanie" className="flex gap-2">
      <label htmlFor="szukaj-naglowek" className="sr-only">
        Szukaj praktyk
      </label>
      <input
        id="szukaj-naglowek"
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={200}
        placeholder="np. aktywizacja bezrobotnych"
        className="min-w-0 flex-1 border-2 border-slate-700 bg-white px-2 py-1.5 text-slate-900 placeholder:text-slate-600 md:w-72 md:flex-none"
      />
      <button type="submit" className="shrink-0 border-2 border-white bg-brand-900 px-3 py-1.5 font-semibold text-white">
        Szukaj
      </button>
    </form>
  );
}
