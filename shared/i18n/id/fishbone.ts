/** The words of the fishbone diagram (shared/charts/fishbone.ts). */
export const fishbone = {
  title: 'Diagram tulang ikan (fishbone) akar penyebab',
  noHead: '[isu utama belum ditetapkan]',
  noCause: '[belum ada penyebab]',
  categories: {
    MAN: 'Man (manusia)',
    METHOD: 'Method (metode)',
    MACHINE: 'Machine (sarana)',
    MATERIAL: 'Material (bahan/data)',
    MONEY: 'Money (anggaran)',
    ENVIRONMENT: 'Environment (lingkungan)',
    POLICY: 'Policy (kebijakan)',
    PROCEDURE: 'Procedure (prosedur)',
    PEOPLE: 'People (orang)',
    PLANT: 'Plant/Place (sarana/tempat)',
  },
} as const;
