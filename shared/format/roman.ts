/** Roman numerals for chapters (BAB IV), ranks (I, II …) and angkatan. */
const TABLE: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 4000) return String(n);
  let rest = n;
  let out = '';
  for (const [value, letters] of TABLE) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
