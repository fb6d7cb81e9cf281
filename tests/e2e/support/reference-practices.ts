// The two records of the original bank that the demo data reproduces word for word.

export const BIELSKO_BIALA = {
  slug: "wdrazanie-projektow-miekkich-na-rzecz-integracji-spolecznej-przy-rewitalizacji-obszarow-zdegradowanych",
  title: "Wdrażanie projektów \"miękkich\" na rzecz integracji społecznej przy rewitalizacji obszarów zdegradowanych",
  parentCategory: { slug: "uslugi-spoleczne", name: "Usługi społeczne" },
  category: { slug: "pomoc-spoleczna", name: "Pomoc społeczna" },
  categoryPath: "Strona główna › Usługi społeczne › Pomoc społeczna",
  locality: "Bielsko-Biała",
  /** 178 443, grouped with a non-breaking space. */
  population: "178\u00a0443",
  contact: { name: "Artur Kulas", email: "artur.kulas@zaradni.eu" },
} as const;

/** Opened only by the visit-counter tests, so that its "Wyświetlenia" changes only when they count. */
export const BYTOM_SPA = {
  slug: "systemowy-projekt-aktywizacji-spa-w-bytomiu-w-roku-2011",
  title: "Systemowy Projekt Aktywizacji – SPA w Bytomiu w roku 2011",
} as const;
