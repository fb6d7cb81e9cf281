import type { DemoPractice } from "./types";

export const demoPractices: DemoPractice[] = [];
