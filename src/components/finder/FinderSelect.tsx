interface Props {
  id: string;
  label: string;
  value: string | undefined;
  /** The first option, meaning «nothing chosen». */
  empty: string;
  choices: { value: string; label: string }[];
  disabled?: boolean;
  onChange: (value: string | undefined) => void;
}

export function FinderSelect({
  id,
  label,
  value,
  empty,
  choices,
  disabled = false,
  onChange,
}: Props) {
  return (
    <div className="finder-choice">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      >
        <option value="">{empty}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
