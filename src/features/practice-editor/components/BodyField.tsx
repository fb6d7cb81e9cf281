"use client";

import { useDeferredValue, useEffect, useRef, useState } from "react";
import { describedBy, FieldError, inputClass } from "@/components/ui/Field";
import { MarkdownBody } from "@/features/practice/components/MarkdownBody";
import { formatMarkdown, type MarkdownFormat } from "../markdown-format";

type Props = { initial: string; error?: string; serverPreview: boolean };

const TOOLS: { format: MarkdownFormat; label: string }[] = [
  { format: "bold", label: "Pogrubienie" },
  { format: "heading", label: "Nagłówek" },
  { format: "list", label: "Lista" },
  { format: "link", label: "Odnośnik" },
];

/**
 * The full presentation in Markdown, with a preview rendered exactly as the public page renders
 * it (the same MarkdownBody). Without JavaScript "Podgląd" asks the server; with it, the preview
 * opens in place and follows the text as it is typed, and a toolbar inserts the Markdown marks.
 */
export function BodyField({ initial, error, serverPreview }: Props) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(initial);
  const [previewOpen, setPreviewOpen] = useState(serverPreview);
  // The toolbar and "Ukryj podgląd" work only with JavaScript, so they appear only then.
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  // Typing stays responsive in a long text: the preview renders at React's lower priority.
  const previewText = useDeferredValue(text);
  const hint = "Markdown: ## Nagłówek, **pogrubienie**, *kursywa*, - lista, [tekst odnośnika](https://adres). Kod HTML nie jest wyświetlany.";

  const format = (kind: MarkdownFormat) => {
    const field = textarea.current;
    if (!field) return;
    const edit = formatMarkdown(field.value, field.selectionStart, field.selectionEnd, kind);
    field.focus();
    field.setSelectionRange(edit.start, edit.end);
    // insertText keeps the edit in the browser's undo history (Ctrl+Z); setRangeText where it is unsupported.
    if (!document.execCommand("insertText", false, edit.insert)) field.setRangeText(edit.insert, edit.start, edit.end);
    field.setSelectionRange(edit.selectionStart, edit.selectionEnd);
    setText(field.value);
  };

  return (
    <div className={`mt-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor="body" className="block font-semibold">
        Pełna prezentacja
      </label>
      <p id="body-podpowiedz" className="text-sm text-slate-700">
        {hint}
      </p>
      <FieldError id="body" error={error} />
      {enhanced && (
        <div role="group" aria-label="Formatowanie pełnej prezentacji" className="mt-1 flex flex-wrap gap-2">
          {TOOLS.map((tool) => (
            <button key={tool.format} type="button" onClick={() => format(tool.format)} className="border-2 border-slate-700 bg-white px-3 py-1 text-sm font-semibold">
              {tool.label}
            </button>
          ))}
        </div>
      )}
      <textarea
        ref={textarea}
        id="body"
        name="body"
        rows={16}
        defaultValue={initial}
        onChange={(event) => setText(event.currentTarget.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy("body", hint, error)}
        className={`${inputClass} font-mono text-sm`}
      />
      <button
        type="submit"
        name="operacja"
        value="podglad"
        aria-expanded={enhanced ? previewOpen : undefined}
        aria-controls={enhanced && previewOpen ? "podglad" : undefined}
        className="mt-2 border-2 border-slate-700 px-3 py-1 font-semibold"
        onClick={(event) => {
          event.preventDefault();
          setPreviewOpen(true);
        }}
      >
        Podgląd
      </button>
      {previewOpen && (
        <section id="podglad" aria-labelledby="podglad-naglowek" className="mt-4 border-2 border-dashed border-slate-500 p-4">
          <h3 id="podglad-naglowek" className="text-lg font-bold">
            Podgląd pełnej prezentacji
          </h3>
          {enhanced && <p className="text-sm text-slate-700">Podgląd zmienia się na bieżąco w czasie pisania.</p>}
          {previewText.trim() === "" ? <p className="mt-2">Pełna prezentacja jest pusta.</p> : <MarkdownBody source={previewText} />}
          {enhanced && (
            <button type="button" className="mt-2 underline" onClick={() => setPreviewOpen(false)}>
              Ukryj podgląd
            </button>
          )}
        </section>
      )}
    </div>
  );
}
