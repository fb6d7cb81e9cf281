import type { Voivodeship } from "@/generated/prisma/enums";
import { LABEL_POSITIONS, regionRing } from "./outlines";

// Degrees to SVG units: an equirectangular projection at Poland's middle latitude, so that a
// kilometre east is about as long as a kilometre north. 1° of latitude = 100 units.

const MID_LATITUDE_COS = Math.cos((52 * Math.PI) / 180);
const SCALE = 100;
const WEST = 14.05;
const NORTH = 54.92;

export const MAP_WIDTH = 630;
export const MAP_HEIGHT = 600;

export function project([lon, lat]: readonly [number, number]): [number, number] {
  return [(lon - WEST) * MID_LATITUDE_COS * SCALE, (NORTH - lat) * SCALE];
}

/** The region as an SVG path ("M x,y L … Z"). */
export function regionPath(voivodeship: Voivodeship): string {
  const points = regionRing(voivodeship).map((point) => project(point).map((n) => n.toFixed(1)).join(","));
  return `M${points.join("L")}Z`;
}

export function labelPoint(voivodeship: Voivodeship): [number, number] {
  return project(LABEL_POSITIONS[voivodeship]);
}
