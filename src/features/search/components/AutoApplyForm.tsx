"use client";

import Form from "next/form";
import { type ComponentProps, useEffect, useRef } from "react";

/**
 * The field whose change sent the form, and the address it was sent to. Each search is its own
 * cached route (src/server/search-view.ts), so the new results come with a new form: the focus is
 * given back to the same field there, as if the page had stayed, and only there.
 */
let sent: { fieldId: string; address: string } | null = null;

function addressOf(form: HTMLFormElement): string {
  const query = new URLSearchParams([...new FormData(form)].map(([name, value]) => [name, String(value)])).toString();
  return `${new URL(form.action).pathname}${query ? `?${query}` : ""}`;
}

/**
 * The filters' GET form. Without JavaScript it is a plain form and "Zastosuj filtry" sends it;
 * with JavaScript every committed change sends it at once, and Next's <Form> swaps the results in
 * place (the address changes as with the button; the scroll stays). The DOM's "change" event, not
 * React's onChange: a year typed is sent when the field is left or Enter pressed, not per key.
 */
export function AutoApplyForm({ children, ...props }: Omit<ComponentProps<typeof Form>, "ref" | "scroll">) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    if (sent && sent.address === `${location.pathname}${location.search}`) {
      element.querySelector<HTMLElement>(`#${CSS.escape(sent.fieldId)}`)?.focus();
    }
    sent = null;
    const apply = (event: Event) => {
      const fieldId = event.target instanceof HTMLElement ? event.target.id : "";
      sent = fieldId ? { fieldId, address: addressOf(element) } : null;
      element.requestSubmit();
    };
    element.addEventListener("change", apply);
    return () => element.removeEventListener("change", apply);
  }, []);
  return (
    <Form {...props} ref={form} scroll={false}>
      {children}
    </Form>
  );
}
