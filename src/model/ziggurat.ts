/**
 * Tables of Marsaglia and Tsang's ziggurat for the standard normal ("The Ziggurat Method for Generating
 * Random Variables", J. Stat. Softw. 5(8), 2000), 128 layers on 32-bit signed integers: the layers cover
 * the density down to the tail at R = 3.442619855899, each of area V = 9.91256303526217e-3.
 * `limit[i]`: |int| below it is accepted at once (about 98.8% of draws); `width[i]` scales an integer to x;
 * `height[i]` is the density exp(−x²/2) at the layer's edge, for the rare wedge test.
 */
export const ZIGGURAT_R = 3.442619855899;
const V = 9.91256303526217e-3;
const M1 = 2 ** 31;

function tables() {
  const limit = new Int32Array(128);
  const width = new Float64Array(128);
  const height = new Float64Array(128);
  let dn = ZIGGURAT_R;
  let tn = dn;
  const q = V / Math.exp(-0.5 * dn * dn);
  limit[0] = Math.floor((dn / q) * M1);
  limit[1] = 0;
  width[0] = q / M1;
  width[127] = dn / M1;
  height[0] = 1;
  height[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(V / dn + Math.exp(-0.5 * dn * dn)));
    limit[i + 1] = Math.floor((dn / tn) * M1);
    tn = dn;
    height[i] = Math.exp(-0.5 * dn * dn);
    width[i] = dn / M1;
  }
  return { limit, width, height };
}

export const ZIGGURAT = tables();
