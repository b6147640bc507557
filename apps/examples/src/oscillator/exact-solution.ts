/** A damped oscillator `u'' + 2ζω u' + ω² u = 0`, released at rest from u = 1. */
export interface Oscillator {
  /** Damping ratio ζ, below 1 (underdamped). */
  readonly zeta: number;
  /** Natural angular frequency ω. */
  readonly omega: number;
}

/** The closed-form motion: e^(-ζωt) (cos ω_d t + ζω/ω_d sin ω_d t), with ω_d = ω √(1 - ζ²). */
export function exactSolution({ zeta, omega }: Oscillator, t: number): number {
  const damped = omega * Math.sqrt(1 - zeta * zeta);
  return Math.exp(-zeta * omega * t) * (Math.cos(damped * t) + ((zeta * omega) / damped) * Math.sin(damped * t));
}
