/**
 * The save status puts "Gagal menyimpan: " before a failure's sentence, but some sentences
 * (WRITE_FAILED) already start with it: "Gagal menyimpan: Gagal menyimpan: ruang disk penuh".
 * The prefix is written once, whichever way round.
 */
export function withPrefixOnce(prefix: string, sentence: string): string {
  const bare = prefix.trim();
  return sentence.trimStart().toLowerCase().startsWith(bare.toLowerCase()) ? sentence : `${prefix}${sentence}`;
}
