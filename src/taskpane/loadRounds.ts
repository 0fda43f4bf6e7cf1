// Fetches the rounds chunk on first use (see roundOperations.ts); webpack keeps it out of the add-in's bundle.

export const loadRounds = () => import(/* webpackChunkName: "rounds" */ './roundOperations');

export type RoundsModule = Awaited<ReturnType<typeof loadRounds>>;

/** The semester whose end is nearest ahead (today included): 2026-S2 on 23/11/2026, 2026-S1 on 30/6/2026. */
export function defaultRoundPeriod(today: Date = new Date()): string {
  return `${today.getFullYear()}-S${today.getMonth() < 6 ? 1 : 2}`;
}

/** What roundPeriod accepts, checked here without loading the chunk: `2026-S1`, `2026-s2`. */
export const isRoundPeriod = (text: string) => /^\s*\d{4}-S[12]\s*$/i.test(text);
