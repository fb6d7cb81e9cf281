"use client";

import Form from "next/form";
import { type ComponentProps, useEffect, useRef } from "react";

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
    const apply = () => element.requestSubmit();
    element.addEventListener("change", apply);
    return () => element.removeEventListener("change", apply);
  }, []);
  return (
    <Form {...props} ref={form} scroll={false}>
      {children}
    </Form>
  );
}
