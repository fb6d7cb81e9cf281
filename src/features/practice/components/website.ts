// Websites were entered as the original bank printed them ("www.zaradni.eu"); links need a scheme.

export function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `http://${website}`;
}

/** "http://www.zaradni.eu/" → "www.zaradni.eu" */
export function websiteLabel(website: string): string {
  return website.replace(/^https?:\/\//i, "").replace(/\/$/, "");
}
