"use client";

// A page failed (typically: the database is unreachable). Visitors get a Polish explanation,
// never the error itself; the details are in the server log.
export default function PublicError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="tresc" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-title font-bold">Serwis jest chwilowo niedostępny</h1>
      <p className="mt-4 max-w-prose">
        Nie udało się przygotować tej strony. Spróbuj ponownie za kilka minut. Jeśli problem się powtarza, napisz do
        redakcji Banku Dobrych Praktyk.
      </p>
      <button type="button" onClick={reset} className="mt-6 bg-brand-800 px-4 py-2 font-semibold text-white">
        Spróbuj ponownie
      </button>
    </main>
  );
}
