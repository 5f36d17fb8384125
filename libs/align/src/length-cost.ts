// Gale & Church (1993): the length of a translation is about c times the length of its source, with a
// variance that grows with the length; a bead whose lengths are far from that ratio is improbable.

const VARIANCE = 6.8;

/** -log P(|δ| ≥ observed) for the two character counts, given the ratio of right to left characters. */
export function galeChurchCost(left: number, right: number, ratio: number): number {
  if (left === 0 && right === 0) return 0;
  const mean = (left + right / ratio) / 2;
  const delta = (right - left * ratio) / Math.sqrt(VARIANCE * Math.max(mean, 1));
  return -Math.log(Math.max(erfc(Math.abs(delta) / Math.SQRT2), 1e-300));
}

/** Complementary error function (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}
