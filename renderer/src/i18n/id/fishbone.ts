/** The fishbone diagram under the root-cause lists. */
export const fishbone = {
  title: 'Diagram tulang ikan (fishbone)',
  intro: 'Gambar ini dibuat dari daftar penyebab di atas dan dimuat di BAB I laporan.',
} as const;
