"use client";

import { FieldError } from "@/components/ui/Field";
import { type ContactValues, contactEmailHiddenId, contactFieldId, EMPTY_CONTACT } from "../form-values";
import { MAX_CONTACTS } from "../schema";
import { type KeyedRow, RowField, useEditableRows } from "./editable-rows";

type Row = KeyedRow<ContactValues>;

const FIELDS: { field: Exclude<keyof ContactValues, "emailPublic">; label: string; type: string }[] = [
  { field: "name", label: "Imię i nazwisko", type: "text" },
  { field: "role", label: "Funkcja (nieobowiązkowo)", type: "text" },
  { field: "phone", label: "Telefon (nieobowiązkowo)", type: "tel" },
  { field: "email", label: "E-mail (nieobowiązkowo)", type: "email" },
];

/**
 * Contact persons: add, remove, reorder. The buttons are submit buttons (the server does the
 * operation and gives the form back, without JavaScript); with JavaScript they act in place.
 */
export function ContactsFieldset({ initial, errors }: { initial: ContactValues[]; errors: Record<string, string> }) {
  const { rows, act, add, remove } = useEditableRows(initial);

  return (
    <fieldset id="contacts" tabIndex={-1} className="mt-8 border-t-2 border-slate-300 pt-4">
      <legend className="text-xl font-bold">Osoby kontaktowe</legend>
      <FieldError id="contacts" error={errors.contacts} />
      <input type="hidden" name="contactCount" value={rows.length} />
      {rows.length === 0 && <p className="mt-2">Nie podano osób kontaktowych.</p>}
      <ol className="mt-2 space-y-4">
        {rows.map((row, index) => (
          <li key={row.key} className="border-2 border-slate-300 p-4">
            <h3 className="font-bold">Osoba {index + 1}</h3>
            <div className="grid gap-x-4 sm:grid-cols-2">
              {FIELDS.map(({ field, label, type }) => {
                const id = contactFieldId(index, field);
                return <RowField key={field} id={id} label={label} rowName={`osoba ${index + 1}`} error={errors[id]} className="mt-3" type={type} defaultValue={row[field]} />;
              })}
            </div>
            <label className="mt-3 inline-flex items-center gap-2">
              <input type="checkbox" id={contactEmailHiddenId(index)} name={contactEmailHiddenId(index)} value="tak" defaultChecked={!row.emailPublic} className="h-5 w-5" />
              Nie pokazuj adresu e-mail publicznie
              <span className="sr-only"> — osoba {index + 1}</span>
            </label>
            <p className="text-sm text-slate-700">Czytelnicy napiszą wtedy przez formularz „Napisz do autora”, a adres zobaczą tylko redaktorzy.</p>
            <div className="mt-3 flex flex-wrap gap-2">
              <button
                type="submit"
                name="operacja"
                value={`kontakt-wyzej:${index}`}
                id={`kontakt-wyzej-${index}`}
                disabled={index === 0}
                className="border-2 border-slate-700 px-3 py-1 disabled:opacity-40"
                onClick={(event) => act(event, (current) => swap(current, index, index - 1), index - 1 === 0 ? "kontakt-nizej-0" : `kontakt-wyzej-${index - 1}`)}
              >
                W górę<span className="sr-only">: osoba {index + 1}</span>
              </button>
              <button
                type="submit"
                name="operacja"
                value={`kontakt-nizej:${index}`}
                id={`kontakt-nizej-${index}`}
                disabled={index === rows.length - 1}
                className="border-2 border-slate-700 px-3 py-1 disabled:opacity-40"
                onClick={(event) =>
                  act(event, (current) => swap(current, index, index + 1), index + 1 === rows.length - 1 ? `kontakt-wyzej-${index + 1}` : `kontakt-nizej-${index + 1}`)
                }
              >
                W dół<span className="sr-only">: osoba {index + 1}</span>
              </button>
              <button
                type="submit"
                name="operacja"
                value={`usun-kontakt:${index}`}
                className="border-2 border-red-700 px-3 py-1 text-red-800"
                onClick={(event) => remove(event, index, "dodaj-kontakt")}
              >
                Usuń<span className="sr-only"> osobę {index + 1}</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="submit"
        name="operacja"
        value="dodaj-kontakt"
        id="dodaj-kontakt"
        disabled={rows.length >= MAX_CONTACTS}
        className="mt-4 border-2 border-slate-700 px-3 py-1 font-semibold"
        onClick={(event) => add(event, EMPTY_CONTACT, contactFieldId(rows.length, "name"))}
      >
        Dodaj osobę kontaktową
      </button>
    </fieldset>
  );
}

function swap(rows: Row[], from: number, to: number): Row[] {
  if (to < 0 || to >= rows.length) return rows;
  const copy = [...rows];
  [copy[from], copy[to]] = [copy[to]!, copy[from]!];
  return copy;
}
