/**
 * Weight of the ministries level in the national dossier share, implied by three observations of the same
 * month: national = w · ministries + (1 − w) · localities.
 * @example mixWeight(42, 61, 17) === 25 / 44
 */
export function mixWeight(national: number, ministries: number, localities: number): number | null {
  if (ministries === localities) return null;
  const weight = (national - localities) / (ministries - localities);
  return weight >= 0 && weight <= 1 ? weight : null;
}

/** national = w · ministries + (1 − w) · localities, element by element, into `out`. */
export function mixInto(
  out: Float64Array,
  ministries: Float64Array,
  localities: Float64Array,
  weight: number,
): Float64Array {
  for (let i = 0; i < out.length; i++) {
    out[i] = weight * ministries[i]! + (1 - weight) * localities[i]!;
  }
  return out;
}
