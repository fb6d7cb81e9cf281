import { VOIVODESHIPS } from "@/features/practice/vocabulary";
import type { Voivodeship } from "@/generated/prisma/enums";
import { formatInteger } from "@/lib/format";
import { MAP_HEIGHT, MAP_WIDTH, labelPoint, regionPath } from "../projection";
import type { ShadeClass } from "../shading";

/** `href` is null for a region without practices: it is shown, but leads nowhere. */
export type MapRegion = { voivodeship: Voivodeship; count: number; href: string | null; name: string; shade: ShadeClass };

// Tab order: the regions row by row, north to south and west to east, as a sighted reader scans.
const READING_ORDER: Voivodeship[] = [
  "ZACHODNIOPOMORSKIE", "POMORSKIE", "WARMINSKO_MAZURSKIE", "PODLASKIE",
  "LUBUSKIE", "WIELKOPOLSKIE", "KUJAWSKO_POMORSKIE", "MAZOWIECKIE",
  "DOLNOSLASKIE", "OPOLSKIE", "LODZKIE", "SWIETOKRZYSKIE", "LUBELSKIE",
  "SLASKIE", "MALOPOLSKIE", "PODKARPACKIE",
];

/** "kujawsko-pomorskie" → ["kujawsko-", "pomorskie"]: two short lines fit the region. */
function nameLines(label: string): string[] {
  const hyphen = label.indexOf("-");
  return hyphen === -1 ? [label] : [label.slice(0, hyphen + 1), label.slice(hyphen + 1)];
}

/**
 * Poland's voivodeships as links, shaded by count. The focus ring is drawn inside the region
 * (clipped to it), so no neighbour painted later can cover it; globals.css styles it.
 */
export function PracticeMap({ regions, labelledBy }: { regions: MapRegion[]; labelledBy: string }) {
  const byVoivodeship = new Map(regions.map((region) => [region.voivodeship, region]));
  return (
    <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-labelledby={labelledBy} className="bdp-map h-auto w-full max-w-[40rem]">
      {/* Each outline once; the fill and the two focus rings refer to it (a third of the bytes). */}
      <defs>
        {READING_ORDER.map((voivodeship) => {
          const slug = VOIVODESHIPS[voivodeship].slug;
          return (
            <g key={voivodeship}>
              <path id={`mapa-ksztalt-${slug}`} d={regionPath(voivodeship)} />
              <clipPath id={`mapa-obszar-${slug}`}>
                <use href={`#mapa-ksztalt-${slug}`} />
              </clipPath>
            </g>
          );
        })}
      </defs>
      {READING_ORDER.map((voivodeship) => {
        const region = byVoivodeship.get(voivodeship);
        if (!region) return null;
        const slug = VOIVODESHIPS[voivodeship].slug;
        const shape = `#mapa-ksztalt-${slug}`;
        const clip = `url(#mapa-obszar-${slug})`;
        const [x, y] = labelPoint(voivodeship);
        const lines = nameLines(VOIVODESHIPS[voivodeship].label);
        // The SVG scales with its width, its text too: names need the map at full size (39rem,
        // where 12.5 units are 12.4 px), so a narrower map shows the counts alone, larger (28
        // units are 12.8 px on a 320 px screen); the table below names every region.
        const label = (
          <>
            <text x={x} y={y - (lines.length - 1) * 7} textAnchor="middle" fill={region.shade.text} fontSize={12.5} className="@max-[39rem]:hidden">
              {lines.map((line, index) => (
                <tspan key={line} x={x} dy={index === 0 ? 0 : 14}>
                  {line}
                </tspan>
              ))}
            </text>
            {/* The space makes the visible label "mazowieckie 12", part of the link's name (WCAG 2.5.3). */}{" "}
            <text
              x={x}
              y={y}
              textAnchor="middle"
              dominantBaseline="central"
              fill={region.shade.text}
              fontWeight={700}
              className={`text-[28px] @min-[39rem]:text-[14px] ${lines.length === 1 ? "@min-[39rem]:translate-y-[11px]" : "@min-[39rem]:translate-y-[18px]"}`}
            >
              {formatInteger(region.count)}
            </text>
          </>
        );
        const fill = <use href={shape} fill={region.shade.fill} stroke="#334155" strokeWidth={1} className="bdp-map-fill" />;
        if (!region.href) {
          return (
            <g key={voivodeship} role="img" aria-label={region.name}>
              {fill}
              {label}
            </g>
          );
        }
        return (
          <a key={voivodeship} href={region.href} aria-label={region.name}>
            {fill}
            <use href={shape} fill="none" strokeWidth={14} clipPath={clip} className="bdp-map-focus-outer" />
            <use href={shape} fill="none" strokeWidth={6} clipPath={clip} className="bdp-map-focus-inner" />
            {label}
          </a>
        );
      })}
    </svg>
  );
}
