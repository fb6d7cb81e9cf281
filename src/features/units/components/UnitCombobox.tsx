"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { inputClass } from "@/components/ui/Field";
import type { UnitSuggestion } from "../suggestions";

// The type-ahead over TERYT units, in the WAI-ARIA combobox pattern (list autocomplete): the
// input owns a listbox, arrows move the active option (aria-activedescendant), Enter picks it,
// Escape closes the list. Picking a unit sets the form's type and voivodeship selects, the band
// of the unit's population by GUS (where GUS has one) and a hidden `jednostka`; changing the type
// or voivodeship by hand forgets the unit, changing the band keeps it. Without JavaScript it
// renders nothing and the selects do the work.

const SOURCE = "/gminy-takie-jak-moja/jednostki";
const DEBOUNCE_MS = 150;

type Picked = { code: string; label: string };

export function UnitCombobox({ initial }: { initial: Picked | null }) {
  const id = useId();
  const listId = `${id}-lista`;
  const [mounted, setMounted] = useState(false);
  const [text, setText] = useState(initial?.label ?? "");
  const [picked, setPicked] = useState<Picked | null>(initial);
  const [options, setOptions] = useState<UnitSuggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => setMounted(true), []);

  // Choosing a type or voivodeship by hand means "not this unit" any more.
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const forget = (event: Event) => {
      const name = (event.target as HTMLSelectElement).name;
      if (name === "typ" || name === "wojewodztwo") setPicked(null);
    };
    form.addEventListener("change", forget);
    return () => form.removeEventListener("change", forget);
  }, [mounted]);

  useEffect(() => {
    if (!open || text.trim() === "" || text === picked?.label) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`${SOURCE}?${new URLSearchParams({ q: text.slice(0, 100) })}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<UnitSuggestion[]>) : []))
        .then((found) => {
          setOptions(found);
          setActive(-1);
        })
        .catch(() => undefined);
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, open, picked]);

  if (!mounted) return null;

  function pick(option: UnitSuggestion) {
    const form = input.current?.form;
    for (const [name, value] of [["typ", option.typ], ["wojewodztwo", option.wojewodztwo], ["ludnosc", option.ludnosc]] as const) {
      const select = form?.elements.namedItem(name);
      if (select instanceof HTMLSelectElement && value !== null) select.value = value;
    }
    setPicked({ code: option.code, label: option.label });
    setText(option.label);
    setOpen(false);
    setOptions([]);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const expanded = open && options.length > 0;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (event.key === "Enter" && expanded && active >= 0) {
      event.preventDefault();
      pick(options[active]!);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const expanded = open && options.length > 0;
  const hintId = `${id}-podpowiedz`;
  return (
    <div className="relative mt-5">
      <label htmlFor={id} className="block font-semibold">
        Nazwa Twojej jednostki
      </label>
      <p id={hintId} className="text-sm text-slate-700">
        Wpisz początek nazwy gminy, miasta, powiatu lub województwa i wybierz ją z listy strzałkami lub myszą.
      </p>
      <input
        ref={input}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={hintId}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setPicked(null);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        className={inputClass}
      />
      {picked && <input type="hidden" name="jednostka" value={picked.code} />}
      <ul id={listId} role="listbox" aria-label="Pasujące jednostki" hidden={!expanded} className="absolute z-10 mt-1 max-h-80 w-full overflow-y-auto border-2 border-slate-700 bg-white">
        {options.map((option, index) => (
          <li
            key={option.code}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(option)}
            className={`cursor-pointer px-2 py-1.5 ${index === active ? "bg-brand-800 text-white" : ""}`}
          >
            {option.label}
          </li>
        ))}
      </ul>
      <p className="sr-only" aria-live="polite">
        {expanded ? `Pasujących jednostek: ${options.length}.` : ""}
      </p>
    </div>
  );
}
