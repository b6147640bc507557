/*
 * erf and erfc in float64, to a few ulps, from Chebyshev interpolants of 60-digit values of
 * smooth functions: erf(x)/x for |x| < 1, and g(x) = x·exp(x²)·erfc(x) beyond, so that
 * erfc(x) = exp(−x²)/x · g(x) keeps its relative precision far into the tail.
 */

/** erf(x)/x for x² in [0, 1]. */
const SMALL = [
  0.9754769393826541,
  -0.14226120510371365,
  0.010035582187599796,
  -0.0005768764699767485,
  2.741993125219606e-05,
  -1.1043175507344507e-06,
  3.8488755420345036e-08,
  -1.1808582533875466e-09,
  3.2334215826050907e-11,
  -7.991015947004549e-13,
  1.7990725113961456e-14,
  -3.718635487818693e-16,
  7.103599003714253e-18,
];
/** x·exp(x²)·erfc(x) on [1, 2], [2, 4], [4, 8] and, in t = 64/x², on [8, ∞). */
const MID1 = [
  0.4758903880324922,
  0.04069821609497773,
  -0.006594115617041834,
  0.0008937067291132675,
  -0.00010758275571683853,
  1.1847238617671451e-05,
  -1.2144505346525126e-06,
  1.1722340109658288e-07,
  -1.0741333148148341e-08,
  9.400665089854028e-10,
  -7.895423508176425e-11,
  6.387937539519675e-12,
  -4.994256472737516e-13,
  3.7830454934589915e-14,
  -2.782521762034884e-15,
  1.9911045715470332e-16,
  -1.388459730658617e-17,
  9.44918446098187e-19,
];
const MID2 = [
  0.5333154426603268,
  0.017887606209849458,
  -0.0038017529381680153,
  0.0006971114350563907,
  -0.00011636884609523736,
  1.8136767609171186e-05,
  -2.677199410014546e-06,
  3.7770133634191684e-07,
  -5.124911931796586e-08,
  6.718706248010856e-09,
  -8.540207848890683e-10,
  1.055453513309396e-10,
  -1.2710917447088409e-11,
  1.4944994204204674e-12,
  -1.7182429039166698e-13,
  1.9343506109979857e-14,
  -2.134826790256981e-15,
  2.312170393005339e-16,
  -2.45985108702892e-17,
  2.5727011271553835e-18,
];
const MID3 = [
  0.555356290988893,
  0.005642621113260149,
  -0.0013580039063069863,
  0.000288176600211208,
  -5.6741063664228435e-05,
  1.060968474461019e-05,
  -1.9079429087703428e-06,
  3.3253427137807534e-07,
  -5.645847309067108e-08,
  9.371210276557524e-09,
  -1.5246704784126354e-09,
  2.436345222775307e-10,
  -3.8297172766616667e-11,
  5.929384065307397e-12,
  -9.05148985815133e-13,
  1.363570413395804e-13,
  -2.0286404981727153e-14,
  2.9825063952156603e-15,
  -4.3356064458117907e-16,
  6.234839116944993e-17,
  -8.873578126537423e-18,
  1.2503800466873222e-18,
];
const LARGE = [
  0.5620232535497205,
  -0.002154013397999809,
  1.2201568452414311e-05,
  -1.1354857606087159e-07,
  1.4587616832425226e-09,
  -2.3767849239084634e-11,
  4.670311262349688e-13,
  -1.0705011205110417e-14,
  2.795366217426756e-16,
  -8.170182821623561e-18,
];

/** Σ' cₖ Tₖ(t) for t in [-1, 1] (the first coefficient already halved), by Clenshaw's recurrence. */
function chebyshev(cs: readonly number[], t: number): number {
  const t2 = 2 * t;
  let b1 = 0;
  let b2 = 0;
  for (let k = cs.length - 1; k >= 1; k--) {
    const b = t2 * b1 - b2 + (cs[k] as number);
    b2 = b1;
    b1 = b;
  }
  return t * b1 - b2 + (cs[0] as number);
}

/** exp(−a²) with a² split as hi² + lo·(a + hi), hi² exact, so the rounding of a² costs nothing. */
function expMinusSquare(a: number): number {
  const hi = Math.fround(a);
  return Math.exp(-hi * hi) * Math.exp(-(a - hi) * (a + hi));
}

/** erfc(a) for a ≥ 1. */
function erfcTail(a: number): number {
  const g =
    a < 2
      ? chebyshev(MID1, 2 * a - 3)
      : a < 4
        ? chebyshev(MID2, a - 3)
        : a < 8
          ? chebyshev(MID3, (a - 6) / 2)
          : chebyshev(LARGE, 128 / (a * a) - 1);
  return (expMinusSquare(a) / a) * g;
}

/** The Gauss error function. */
export function erf(x: number): number {
  const a = Math.abs(x);
  if (a < 1) return x * chebyshev(SMALL, 2 * a * a - 1);
  if (a < 6) return x < 0 ? erfcTail(a) - 1 : 1 - erfcTail(a);
  return Number.isNaN(x) ? x : Math.sign(x);
}

/** The complementary error function 1 − erf(x). */
export function erfc(x: number): number {
  if (x >= 1) return x < 27 ? erfcTail(x) : 0;
  if (x > -1) return 1 - x * chebyshev(SMALL, 2 * x * x - 1);
  return x > -6 ? 2 - erfcTail(-x) : Number.isNaN(x) ? x : 2;
}
