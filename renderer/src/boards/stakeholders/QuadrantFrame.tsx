/** The quadrant names and the high/low threshold lines, drawn over the grid (decoration only). */
import { useTranslation } from 'react-i18next';
import type { Quadrant, QuadrantNaming } from '../../../../shared/model/enums';

export function QuadrantFrame({ threshold, naming }: { threshold: number; naming: QuadrantNaming }) {
  const { t } = useTranslation();
  // Interest ≥ threshold starts at column (threshold − 1); power ≥ threshold spans rows 5 … threshold.
  const splitX = ((threshold - 1) / 5) * 100;
  const splitY = ((5 - threshold + 1) / 5) * 100;
  const regions: { q: Quadrant; left: number; top: number; width: number; height: number }[] = [
    { q: 'CONTEXT_SETTER', left: 0, top: 0, width: splitX, height: splitY },
    { q: 'KEY_PLAYER', left: splitX, top: 0, width: 100 - splitX, height: splitY },
    { q: 'CROWD', left: 0, top: splitY, width: splitX, height: 100 - splitY },
    { q: 'SUBJECT', left: splitX, top: splitY, width: 100 - splitX, height: 100 - splitY },
  ];
  return (
    <div className="sh-frame" aria-hidden="true">
      <div className="sh-threshold-x" style={{ left: `${splitX}%` }} />
      <div className="sh-threshold-y" style={{ top: `${splitY}%` }} />
      {regions
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r) => (
          <span key={r.q} className={`sh-quadrant-label q-${r.q}`} style={{ left: `${r.left}%`, top: `${r.top}%`, width: `${r.width}%` }}>
            {t(`boards.quadrants.${naming}.${r.q}`)} <small>({t(`boards.quadrantHints.${r.q}`)})</small>
          </span>
        ))}
    </div>
  );
}
