/**
 * The .rancang document icon, drawn from the app icon: a page with a folded corner carrying the
 * app's picture, so a file is recognisable as "ours" and as a document, not the app itself.
 */
const PAGE = 'M208 40 H640 L864 264 V944 Q864 984 824 984 H208 Q168 984 168 944 V80 Q168 40 208 40 Z';
const FOLD = 'M640 40 V224 Q640 264 680 264 H864 Z';

export function documentIconSvg(appIconSvg: string): string {
  const app = `data:image/svg+xml;base64,${Buffer.from(appIconSvg).toString('base64')}`;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024" width="1024" height="1024">',
    `  <path d="${PAGE}" fill="#ffffff" stroke="#4b5560" stroke-width="24" stroke-linejoin="round"/>`,
    `  <path d="${FOLD}" fill="#d5dbe1" stroke="#4b5560" stroke-width="24" stroke-linejoin="round"/>`,
    '  <rect x="268" y="170" width="300" height="36" rx="18" fill="#d5dbe1"/>',
    '  <rect x="268" y="250" width="230" height="36" rx="18" fill="#d5dbe1"/>',
    `  <image href="${app}" x="196" y="340" width="640" height="640"/>`,
    '</svg>',
  ].join('\n');
}
