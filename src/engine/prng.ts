/**
 * Seeded pseudo-random numbers for the Monte Carlo (METHODOLOGY §8).
 *
 * mulberry32 (Tommy Ettinger's 32-bit generator, public domain) gives uniforms; the Marsaglia
 * polar method turns pairs of them into standard normals. Both use only integer arithmetic,
 * `Math.imul`, `Math.log` and `Math.sqrt`, so the same seed gives the same numbers in Node,
 * the CLI and the browser worker (no trigonometry, whose last bits may differ between
 * engines). The stream consumed per draw is documented in sensitivity.ts.
 */

/** A source of uniforms in [0, 1). */
export type Uniform = () => number;

/** mulberry32 seeded with the low 32 bits of `seed`. */
export function mulberry32(seed: number): Uniform {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normals from a uniform source (Marsaglia polar method, second value cached). */
export function normalSource(uniform: Uniform): () => number {
  let spare = NaN;
  return () => {
    if (!Number.isNaN(spare)) {
      const z = spare;
      spare = NaN;
      return z;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * Math.log(s)) / s);
    spare = v * factor;
    return u * factor;
  };
}
