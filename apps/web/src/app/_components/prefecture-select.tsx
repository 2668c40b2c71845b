'use client';

interface Option {
  code: number;
  name: string;
}

/**
 * The prefecture filter. Choosing a prefecture clears the municipality (one of another prefecture would
 * match nothing) and applies the form, so the next list offers that prefecture's municipalities. Without
 * JavaScript the form's button does the same.
 */
export function PrefectureSelect({
  options,
  defaultValue,
  allLabel,
}: {
  options: Option[];
  defaultValue: number | undefined;
  allLabel: string;
}) {
  return (
    <select
      name="pref"
      defaultValue={defaultValue ?? ''}
      onChange={(event) => {
        const form = event.currentTarget.form;
        const municipality = form?.elements.namedItem('municipality');
        if (municipality instanceof HTMLSelectElement) municipality.value = '';
        form?.requestSubmit();
      }}
    >
      <option value="">{allLabel}</option>
      {options.map((option) => (
        <option key={option.code} value={option.code}>
          {option.name}
        </option>
      ))}
    </select>
  );
}
