"use client";

import { useEffect, useRef } from "react";

/** `href`: where the field is when it is on another page (a step of a multi-page form). */
export type FormError = { field: string; message: string; href?: string };

/**
 * GOV.UK error summary: at the top of the form, takes the focus when it appears (with JavaScript),
 * and links to each field; the links move the focus to the field itself.
 */
export function ErrorSummary({ errors, title = "Wystąpił problem" }: { errors: FormError[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="podsumowanie-bledow"
      className="mb-6 border-4 border-red-700 p-4 focus:outline-none focus-visible:outline-none"
    >
      <h2 id="podsumowanie-bledow" className="text-xl font-bold">
        {title}
      </h2>
      <ul className="mt-3 space-y-1">
        {errors.map((error) => (
          <li key={`${error.field}:${error.message}`}>
            <a
              href={error.href ?? `#${error.field}`}
              className="font-semibold text-red-800"
              onClick={(event) => {
                const target = error.href ? null : document.getElementById(error.field);
                if (!target) return;
                event.preventDefault();
                target.focus();
                target.scrollIntoView({ block: "center" });
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
