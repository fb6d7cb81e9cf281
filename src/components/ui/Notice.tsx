import type { ReactNode } from "react";

/** A confirmation ("Zapisano zmiany.") or a warning box; announced politely to screen readers. */
export function Notice({ children, tone = "success", title }: { children?: ReactNode; tone?: "success" | "warning" | "info"; title?: string }) {
  const colours = {
    success: "border-green-700 bg-green-50",
    warning: "border-amber-600 bg-amber-50",
    info: "border-sky-700 bg-sky-50",
  }[tone];
  return (
    <div role="status" className={`my-4 border-l-8 p-4 ${colours}`}>
      {title && <p className="font-bold">{title}</p>}
      {children}
    </div>
  );
}
