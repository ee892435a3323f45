import { reviewText } from './reviewText.js';

/** A score band (`red`, `yellow`, `green`) in the host's words; anything else as written. */
export function bandWord(band: string | undefined): string {
  if (band === 'red') return reviewText('bandRed');
  if (band === 'yellow') return reviewText('bandYellow');
  if (band === 'green') return reviewText('bandGreen');
  return band ?? '';
}
