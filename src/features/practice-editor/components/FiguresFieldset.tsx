"use client";

import { useRef, useState } from "react";
import { FieldError, inputClass } from "@/components/ui/Field";
import { EMPTY_FIGURE, type FigureValues, figureFieldId } from "../form-values";
import { MAX_RESULT_FIGURES } from "../schema";

type Row = FigureValues & { key: number };

const FIELDS: { field: keyof FigureValues; label: string; className: string }[] = [
  { field: "value", label: "Liczba", className: "sm:w-40" },
  { field: "label", label: "Czego dotyczy", className: "sm:flex-1" },
];

/**
 * "Rezultaty w liczbach": rows of a figure and what it counts ("97" + "osób podjęło pracę").
 * Like the contacts, the buttons are submit buttons the server acts on without JavaScript.
 */
export function FiguresFieldset({ initial, errors }: { initial: FigureValues[]; errors: Record<string, string> }) {
  const nextKey = useRef(initial.length);
  const [rows, setRows] = useState<Row[]>(() => initial.map((figure, key) => ({ ...figure, key })));
  const act = (event: React.MouseEvent, change: (rows: Row[]) => Row[], focusId: string) => {
    event.preventDefault();
    setRows(change);
    requestAnimationFrame(() => document.getElementById(focusId)?.focus());
  };
  const hint = "Nieobowiązkowo: wyniki, które da się policzyć, np. 97 – osób podjęło pracę.";

  return (
    <fieldset id="resultFigures" tabIndex={-1} aria-describedby="resultFigures-podpowiedz" className="mt-5">
      <legend className="font-semibold">Rezultaty w liczbach</legend>
      <p id="resultFigures-podpowiedz" className="text-sm text-slate-700">
        {hint}
      </p>
      <FieldError id="resultFigures" error={errors.resultFigures} />
      <input type="hidden" name="figureCount" value={rows.length} />
      {rows.length > 0 && (
        <ol className="mt-2 space-y-3">
          {rows.map((row, index) => (
            <li key={row.key} className="flex flex-col gap-x-3 border-2 border-slate-300 p-3 sm:flex-row sm:items-end">
              {FIELDS.map(({ field, label, className }) => {
                const id = figureFieldId(index, field);
                const error = errors[id];
                return (
                  <div key={field} className={`${className} ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
                    <label htmlFor={id} className="block font-semibold">
                      {label}
                      <span className="sr-only"> — rezultat {index + 1}</span>
                    </label>
                    <FieldError id={id} error={error} />
                    <input
                      id={id}
                      name={id}
                      inputMode={field === "value" ? "decimal" : undefined}
                      autoComplete="off"
                      defaultValue={row[field]}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${id}-blad` : undefined}
                      className={inputClass}
                    />
                  </div>
                );
              })}
              <button
                type="submit"
                name="operacja"
                value={`usun-liczbe:${index}`}
                className="mt-3 self-start border-2 border-red-700 px-3 py-1 text-red-800 sm:mt-0 sm:self-end"
                onClick={(event) => act(event, (current) => current.filter((_, position) => position !== index), "dodaj-liczbe")}
              >
                Usuń<span className="sr-only"> rezultat {index + 1}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <button
        type="submit"
        name="operacja"
        value="dodaj-liczbe"
        id="dodaj-liczbe"
        disabled={rows.length >= MAX_RESULT_FIGURES}
        className="mt-3 border-2 border-slate-700 px-3 py-1 font-semibold"
        onClick={(event) => {
          const key = nextKey.current++;
          act(event, (current) => [...current, { ...EMPTY_FIGURE, key }], figureFieldId(rows.length, "value"));
        }}
      >
        Dodaj liczbę
      </button>
    </fieldset>
  );
}
