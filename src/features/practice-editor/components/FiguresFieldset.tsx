"use client";

import { FieldError } from "@/components/ui/Field";
import { EMPTY_FIGURE, type FigureValues, figureFieldId } from "../form-values";
import { MAX_RESULT_FIGURES } from "../schema";
import { RowField, useEditableRows } from "./editable-rows";

const FIELDS: { field: keyof FigureValues; label: string; className: string }[] = [
  { field: "value", label: "Liczba", className: "sm:w-40" },
  { field: "label", label: "Czego dotyczy", className: "sm:flex-1" },
];

/**
 * "Rezultaty w liczbach": rows of a figure and what it counts ("97" + "osób podjęło pracę").
 * Like the contacts, the buttons are submit buttons the server acts on without JavaScript.
 */
export function FiguresFieldset({ initial, errors }: { initial: FigureValues[]; errors: Record<string, string> }) {
  const { rows, add, remove } = useEditableRows(initial);
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
                return (
                  <RowField
                    key={field}
                    id={id}
                    label={label}
                    rowName={`rezultat ${index + 1}`}
                    error={errors[id]}
                    className={className}
                    inputMode={field === "value" ? "decimal" : undefined}
                    defaultValue={row[field]}
                  />
                );
              })}
              <button
                type="submit"
                name="operacja"
                value={`usun-liczbe:${index}`}
                className="mt-3 self-start border-2 border-red-700 px-3 py-1 text-red-800 sm:mt-0 sm:self-end"
                onClick={(event) => remove(event, index, "dodaj-liczbe")}
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
        onClick={(event) => add(event, EMPTY_FIGURE, figureFieldId(rows.length, "value"))}
      >
        Dodaj liczbę
      </button>
    </fieldset>
  );
}
