/** The tie-break rule for equal USG totals (docs/domain.md §3.3). */
export const priority = {
  tieRule: 'Aturan bila total USG sama',
  tieRuleHint: 'Aturan ini disebut dalam penjelasan USG di laporan.',
  tieRules: {
    DECIDE: 'Selalu diputuskan bersama mentor',
    USG_ORDER: 'U lebih tinggi, lalu S, lalu G, lalu diputuskan bersama',
  },
} as const;
