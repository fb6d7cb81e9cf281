// The addresses of the alerts' pages and links.

export const alertPaths = {
  form: (query: string) => (query ? `/obserwuj?${query}` : "/obserwuj"),
  sent: "/obserwuj/wyslano",
  confirm: (token: string) => `/obserwuj/potwierdz/${token}`,
  /** The List-Unsubscribe address: POST unsubscribes at once (RFC 8058), GET leads to a page with a button. */
  unsubscribe: (token: string) => `/obserwuj/wypisz/${token}`,
  unsubscribePage: (token: string) => `/obserwuj/wypisanie/${token}`,
  unsubscribed: "/obserwuj/wypisano",
} as const;
