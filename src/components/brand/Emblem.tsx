const STAR = "M20 8.4L20.73 10.39L22.85 10.47L21.19 11.79L21.76 13.83L20 12.65L18.24 13.83L18.81 11.79L17.15 10.47L19.27 10.39Z";

/**
 * The bank's emblem: a public building (the bank) whose pediment carries a gold star (a good
 * practice). Drawn in the brand green on a white tile so it reads on the dark header and on paper.
 * Decorative: the wordmark beside it names the site.
 */
export function Emblem({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 40 40" aria-hidden="true" focusable="false" className={className}>
      <rect width="40" height="40" rx="8" fill="#fff" />
      <path d="M5 16L20 5L35 16Z" fill="#174a2e" />
      <path d={STAR} fill="#f2b705" />
      <rect x="6.5" y="17.5" width="27" height="2.5" fill="#174a2e" />
      {[8.5, 15, 21.5, 28].map((x) => (
        <rect key={x} x={x} y="21.5" width="3.5" height="9" fill="#174a2e" />
      ))}
      <rect x="5" y="32" width="30" height="3" fill="#174a2e" />
    </svg>
  );
}
