import type { Metadata } from "next";
import type { PublishedPractice } from "./data";

const VIEW_TITLES = { skrot: "", prezentacja: "Pełna prezentacja: ", zalaczniki: "Załączniki: " } as const;

export function practiceMetadata(practice: PublishedPractice, view: keyof typeof VIEW_TITLES): Metadata {
  return {
    title: `${VIEW_TITLES[view]}${practice.title}`,
    description: practice.summary.split(/\n\s*\n/)[0]?.slice(0, 300),
  };
}
