/**
 * Classes under horizon H (METHODOLOGY §6) — the table, written as a function.
 */
import { ADVANTAGE_CLASSES, type AdvantageClass } from '../model/results';

/** Position in ADVANTAGE_CLASSES of the class of (A, T) under horizon H and parity band ε. */
export function classIndex(asymmetry: number, yearsToParity: number, horizon: number, parityBand: number): number {
  if (asymmetry > parityBand) return yearsToParity > horizon ? 0 : 1; // durable : eroding
  if (asymmetry < -parityBand) return yearsToParity <= horizon ? 3 : 4; // recoverable : structural
  return 2; // contested
}

/** The class of (A, T) under horizon H and parity band ε. */
export function classify(asymmetry: number, yearsToParity: number, horizon: number, parityBand: number): AdvantageClass {
  return ADVANTAGE_CLASSES[classIndex(asymmetry, yearsToParity, horizon, parityBand)];
}
