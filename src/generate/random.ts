import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";

/** FNV-1a: turns "<seed>:<stream>" into the 32-bit seed of one independent stream. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

const hex = (value: number) => (value >>> 0).toString(16).padStart(8, "0");

/**
 * A seeded random stream. Each part of the graph draws from its own stream (`new Random(seed, "quotes")`),
 * so the same seed and counts always give the same data, ids included.
 */
export class Random {
  private readonly rng: RandomGenerator;

  constructor(seed: number, stream: string) {
    this.rng = xoroshiro128plus(hash32(`${seed}:${stream}`));
  }

  /** A float in [0, 1). */
  float(): number {
    return uniformFloat64(this.rng);
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)];
  }

  /** An index in [0, n) where low indexes are far likelier: a few actors say most of what is quoted. */
  skewedIndex(n: number, exponent = 2): number {
    return Math.floor(n * this.float() ** exponent);
  }

  /** An item by weight: `weighted([["HELD", 9], ["CANCELLED", 1]])`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let target = this.float() * total;
    for (const [value, weight] of choices) {
      target -= weight;
      if (target < 0) return value;
    }
    return choices[choices.length - 1][0];
  }

  /** A version-4-shaped UUID drawn from this stream (not from the system's randomness). */
  uuid(): string {
    const a = hex(this.rng.next());
    const b = hex(this.rng.next());
    const c = hex(this.rng.next());
    const d = hex(this.rng.next());
    const variant = ((parseInt(c[0], 16) & 0x3) | 0x8).toString(16);
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  }
}
