// A small seeded generator (Park–Miller), so every run of the benchmark builds the same inputs.

export type Random = () => number;

export function seeded(seed: number): Random {
  let state = seed % 2_147_483_647 || 1;
  return () => (state = (state * 48271) % 2_147_483_647) / 2_147_483_647;
}

/** An integer in [0, n). */
export const pick = (random: Random, n: number) => Math.floor(random() * n);
