/**
 * A small seeded pseudo-random generator so that a demo is the same for the same seed on every
 * machine. Mulberry32 (Tommy Ettinger's public-domain 32-bit generator) is fast and passes the
 * statistical tests that matter for a simulation; it is not meant for secrets.
 */
const BYTE_HEX: readonly string[] = Array.from({ length: 256 }, (_, i) =>
  i.toString(16).padStart(2, '0'),
);

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An unsigned 32-bit integer. */
  uint32(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new RangeError('cannot pick from an empty list');
    return item;
  }

  /** Picks an item with probability proportional to `weight(item)`. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    let total = 0;
    for (const item of items) total += weight(item);
    let left = this.next() * total;
    for (const item of items) {
      left -= weight(item);
      if (left < 0) return item;
    }
    return this.pick(items);
  }

  /** A standard normal draw (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A Poisson draw by inversion; the simulation only asks for small means. */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const limit = Math.exp(-mean);
    let k = 0;
    let product = this.next();
    while (product > limit) {
      k += 1;
      product *= this.next();
    }
    return k;
  }

  /** `n` lowercase hexadecimal digits. */
  hex(n: number): string {
    let out = '';
    while (out.length < n) {
      const v = this.uint32();
      out += `${BYTE_HEX[v >>> 24]}${BYTE_HEX[(v >>> 16) & 255]}${BYTE_HEX[(v >>> 8) & 255]}${BYTE_HEX[v & 255]}`;
    }
    return out.length === n ? out : out.slice(0, n);
  }

  /** An RFC 4122 version-4 shaped UUID. */
  uuid(): string {
    const h = this.hex(32);
    const variant = ((this.int(4) + 8) >>> 0).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`;
  }

  /** Characters drawn from `alphabet` (at most 62 of them; five per 32-bit draw). */
  text(n: number, alphabet: string): string {
    let out = '';
    const base = alphabet.length;
    while (out.length < n) {
      let v = this.uint32();
      for (let k = 0; k < 5 && out.length < n; k += 1) {
        out += alphabet[v % base] ?? '';
        v = Math.floor(v / base);
      }
    }
    return out;
  }
}

/**
 * Mixes numbers into one 32-bit seed (the MurmurHash3 finaliser applied in a chain), so that
 * independent streams — one per day, one per purpose — can be derived from the demo's seed.
 */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h ^= Math.imul((part | 0) ^ Math.floor(part / 4294967296), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
    h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** A generator for one purpose of one demo: `stream(seed, 'org', 3)`. */
export function stream(seed: number, purpose: string, ...parts: number[]): Rng {
  let tag = 0;
  for (let i = 0; i < purpose.length; i += 1)
    tag = Math.imul(tag ^ purpose.charCodeAt(i), 16777619);
  return new Rng(mixSeed(seed, tag, ...parts));
}

export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
