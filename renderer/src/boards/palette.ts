/**
 * The board draws attitudes in the report chart's colours: shared/charts/theme.ts is the one
 * palette, handed to CSS as custom properties (--attitude-MENDUKUNG, …) so the stylesheet never
 * repeats a colour and the screen cannot drift from the DOCX again (it once showed neutral grey
 * where the report printed amber).
 */
import { ATTITUDE_STYLE, type AttitudeKey } from '../../../shared/charts/theme';

export function installChartPalette(root: HTMLElement): void {
  for (const [attitude, style] of Object.entries(ATTITUDE_STYLE) as [AttitudeKey, (typeof ATTITUDE_STYLE)[AttitudeKey]][]) {
    root.style.setProperty(`--attitude-${attitude}`, attitude === 'UNKNOWN' ? style.stroke : style.fill);
  }
}
