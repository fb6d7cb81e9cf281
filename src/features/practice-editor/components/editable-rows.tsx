"use client";

import { type InputHTMLAttributes, useRef, useState } from "react";
import { FieldError, inputClass } from "@/components/ui/Field";

// The admin form's repeated rows (contacts, result figures). Their buttons are submit buttons
// the server acts on without JavaScript (operacja=…); with JavaScript they act in place and move
// the focus where the keyboard user expects it.

export type KeyedRow<T> = T & { key: number };

export function useEditableRows<T extends object>(initial: T[]) {
  const nextKey = useRef(initial.length);
  const [rows, setRows] = useState<KeyedRow<T>[]>(() => initial.map((values, key) => ({ ...values, key })));
  const act = (event: React.MouseEvent, change: (rows: KeyedRow<T>[]) => KeyedRow<T>[], focusId: string) => {
    event.preventDefault();
    setRows(change);
    requestAnimationFrame(() => document.getElementById(focusId)?.focus());
  };
  return {
    rows,
    act,
    add: (event: React.MouseEvent, empty: T, focusId: string) => {
      const key = nextKey.current++;
      act(event, (current) => [...current, { ...empty, key }], focusId);
    },
    remove: (event: React.MouseEvent, index: number, focusId: string) => act(event, (current) => current.filter((_, position) => position !== index), focusId),
  };
}

type RowFieldProps = {
  id: string;
  label: string;
  /** Which row, for screen readers: "osoba 2". */
  rowName: string;
  error: string | undefined;
  className: string;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "inputMode" | "defaultValue">;

/** One labelled input of a row, named by its id, with its error shown as the error summary links to it. */
export function RowField({ id, label, rowName, error, className, ...input }: RowFieldProps) {
  return (
    <div className={`${className} ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={id} className="block font-semibold">
        {label}
        <span className="sr-only"> — {rowName}</span>
      </label>
      <FieldError id={id} error={error} />
      <input
        id={id}
        name={id}
        autoComplete="off"
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-blad` : undefined}
        className={inputClass}
      />
    </div>
  );
}
