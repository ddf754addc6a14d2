/** One-keystroke additions ("+ Daftar hadir"): a labelled group of buttons, each removed once used. */
interface Props {
  label: string;
  suggestions: readonly string[];
  onAdd(text: string): void;
}

export function SuggestionChips({ label, suggestions, onAdd }: Props) {
  if (suggestions.length === 0) return null;
  return (
    <span className="suggestions" role="group" aria-label={label}>
      {suggestions.map((s) => (
        <button key={s} type="button" className="chip" onClick={() => onAdd(s)}>
          + {s}
        </button>
      ))}
    </span>
  );
}
