export const HOURS_PER_YEAR = 8_760;
export const SECONDS_PER_YEAR = 365 * 86_400;
/** A 30-day month, as in the reference's downtime table. */
export const SECONDS_PER_MONTH = 30 * 86_400;
export const SECONDS_PER_DAY_AVAIL = 86_400;
/** Cap for "never fails" so results stay finite: a trillion hours. */
export const MTBF_CAP_HOURS = 1e12;

/**
 * Availability of one instance (ratio) from failure statistics: A = MTBF / (MTBF + MTTR), hours.
 * Source: estimation-defaults.md, "Availability and reliability".
 */
export function availabilityFromMtbf(mtbfHours: number, mttrHours: number): number {
  return mtbfHours / (mtbfHours + mttrHours);
}

/**
 * Availability of n identical instances of which k must be up (ratio):
 * A = sum_{i=k..n} C(n,i) a^i (1-a)^(n-i). k <= 0 gives 1; k > n gives 0 (the load cannot be
 * carried even with every instance up). Terms are built iteratively, so n in the millions is fine.
 * Source: estimation-defaults.md, "Availability and reliability" (k of n).
 */
export function kOfNAvailability(a: number, k: number, n: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (a >= 1) return 1;
  if (a <= 0) return 0;
  // Sum the failures side when it is shorter: P(at most n-k down).
  const q = 1 - a;
  const maxDown = n - k;
  // term(j) = C(n,j) q^j a^(n-j), in log space to survive large n.
  const logA = Math.log(a);
  const logQ = Math.log(q);
  let logC = 0;
  let sum = 0;
  for (let j = 0; j <= maxDown; j++) {
    if (j > 0) logC += Math.log((n - j + 1) / j);
    const term = Math.exp(logC + j * logQ + (n - j) * logA);
    sum += term;
    // Later terms shrink fast once past the mode; stop when they no longer matter.
    if (j > n * q + 1 && term < sum * 1e-17) break;
  }
  return Math.min(1, sum);
}

/**
 * Unavailability of n identical instances of which k must be up (ratio): the chance that more
 * than n - k are down, sum_{j=n-k+1..n} C(n,j) (1-a)^j a^(n-j). Summed on the failure side, so
 * 4 instances at 99.9% give 1e-12 where 1 - kOfNAvailability rounds to 0 once the sum reaches
 * 1 in floating point (about 1e-16): downtime and MTBF come from this, never from 1 - A.
 * Source: the complement of kOfNAvailability.
 */
export function kOfNUnavailability(a: number, k: number, n: number, availability = kOfNAvailability(a, k, n)): number {
  if (k <= 0) return 0;
  if (k > n) return 1;
  if (a >= 1) return 0;
  if (a <= 0) return 1;
  // Above one in a million, 1 - A is exact to many digits; only a tiny U needs its own sum.
  const viaA = 1 - availability;
  if (viaA > 1e-6) return viaA;
  const logA = Math.log(a);
  const logQ = Math.log(1 - a);
  const first = n - k + 1;
  // C(n, j) <= (n e / j)^j: when even that bound puts the first term below the smallest double,
  // every term is 0 (they only shrink past it, as first lies beyond the mode n (1 - a)).
  if (first * (Math.log(n / first) + 1) + first * logQ + (n - first) * logA < -745) return 0;
  let logC = 0;
  for (let j = 1; j <= first; j++) logC += Math.log((n - j + 1) / j);
  let sum = 0;
  for (let j = first; j <= n; j++) {
    if (j > first) logC += Math.log((n - j + 1) / j);
    const term = Math.exp(logC + j * logQ + (n - j) * logA);
    sum += term;
    if (term === 0 || term < sum * 1e-17) break;
  }
  return Math.min(1, sum);
}

/**
 * Copies that must be up to accept a write, by write consistency: one (1), quorum
 * (floor(copies / 2) + 1) or all. A read needs one copy.
 * Source: seed, "Fault Tolerance > Replication"; quorum as in Dynamo-style stores (W > N / 2).
 */
export function copiesForWrite(copies: number, consistency: 'one' | 'quorum' | 'all'): number {
  return consistency === 'one' ? 1 : consistency === 'all' ? copies : Math.floor(copies / 2) + 1;
}

/** Components in series, all needed: A = A1 * A2 * ... Source: estimation-defaults.md. */
export function seriesAvailability(parts: readonly number[]): number {
  let a = 1;
  for (const p of parts) a *= p;
  return a;
}

/** Redundant alternatives, any one suffices: A = 1 - (1-A1)(1-A2)... Source: estimation-defaults.md. */
export function parallelAvailability(parts: readonly number[]): number {
  let down = 1;
  for (const p of parts) down *= 1 - p;
  return 1 - down;
}

/**
 * Allowed downtime, in seconds, over a period: (1 - A) * period seconds.
 * Source: estimation-defaults.md, "Availability and reliability" (downtime table).
 */
export function downtimeSeconds(availability: number, periodSeconds: number): number {
  return (1 - availability) * periodSeconds;
}

/** The same from an unavailability worked out on the failure side (kOfNUnavailability). */
export const downtimeFromUnavailability = (unavailability: number, periodSeconds: number): number => unavailability * periodSeconds;

/**
 * Mean time to repair of a block whose instances are repaired independently: the block is down
 * until one of the (n - k + 1) failed instances is back, so MTTR_block = MTTR / (n - k + 1), hours.
 * Source: standard parallel-repair approximation (docs/estimation.md).
 */
export function blockMttrHours(mttrHours: number, k: number, n: number): number {
  return mttrHours / Math.max(1, n - k + 1);
}

/**
 * Mean time between failures of a block, hours, from its availability and MTTR:
 * A = MTBF / (MTBF + MTTR) solved for MTBF = A * MTTR / (1 - A); capped at 10^12 h.
 * Source: estimation-defaults.md, "Availability and reliability".
 */
export function mtbfFromAvailability(availability: number, mttrHours: number, unavailability = 1 - availability): number {
  if (availability <= 0) return 0;
  const down = unavailability;
  if (down <= 0) return MTBF_CAP_HOURS;
  return Math.min(MTBF_CAP_HOURS, (availability * mttrHours) / down);
}

/**
 * Probability of a period with no failure (exponential model): R(t) = e^(-t / MTBF), t and MTBF in hours.
 * Source: estimation-defaults.md, "Availability and reliability".
 */
export function failureFreeProbability(periodHours: number, mtbfHours: number): number {
  if (mtbfHours <= 0) return 0;
  return Math.exp(-periodHours / mtbfHours);
}
