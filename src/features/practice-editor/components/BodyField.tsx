"use client";

import { useEffect, useState } from "react";
import { describedBy, FieldError, inputClass } from "@/components/ui/Field";
import { MarkdownBody } from "@/features/practice/components/MarkdownBody";

type Props = { initial: string; error?: string; serverPreview: boolean };

/**
 * The full presentation in Markdown, with a preview rendered exactly as the public page renders
 * it. "Podgląd" asks the server without JavaScript; with it, the preview is drawn in place.
 */
export function BodyField({ initial, error, serverPreview }: Props) {
  const [preview, setPreview] = useState<string | null>(serverPreview ? initial : null);
  // "Ukryj podgląd" works only with JavaScript, so it appears only then.
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  const hint = "Markdown: ## Nagłówek, **pogrubienie**, *kursywa*, - lista, [tekst odnośnika](https://adres). Kod HTML nie jest wyświetlany.";
  return (
    <div className={`mt-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor="body" className="block font-semibold">
        Pełna prezentacja
      </label>
      <p id="body-podpowiedz" className="text-sm text-slate-700">
        {hint}
      </p>
      <FieldError id="body" error={error} />
      <textarea
        id="body"
        name="body"
        rows={16}
        defaultValue={initial}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy("body", hint, error)}
        className={`${inputClass} font-mono text-sm`}
      />
      <button
        type="submit"
        name="operacja"
        value="podglad"
        className="mt-2 border-2 border-slate-700 px-3 py-1 font-semibold"
        onClick={(event) => {
          event.preventDefault();
          setPreview((document.getElementById("body") as HTMLTextAreaElement | null)?.value ?? "");
        }}
      >
        Podgląd
      </button>
      {preview !== null && (
        <section aria-labelledby="podglad-naglowek" className="mt-4 border-2 border-dashed border-slate-500 p-4">
          <h3 id="podglad-naglowek" className="text-lg font-bold">
            Podgląd pełnej prezentacji
          </h3>
          {preview.trim() === "" ? <p className="mt-2">Pełna prezentacja jest pusta.</p> : <MarkdownBody source={preview} />}
          {enhanced && (
            <button type="button" className="mt-2 underline" onClick={() => setPreview(null)}>
              Ukryj podgląd
            </button>
          )}
        </section>
      )}
    </div>
  );
}
