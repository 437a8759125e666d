import { type FormEvent, useId, useState } from 'react';

interface SearchFormProps {
  /** The visible label, e.g. 搜索房号. */
  label: string;
  placeholder?: string;
  initial?: string;
  onSearch: (q: string) => void;
}

/** A search box that searches on submit (Enter or 搜索), not per keystroke: every search is a scoped server query. */
export function SearchForm({ label, placeholder, initial = '', onSearch }: SearchFormProps) {
  const [value, setValue] = useState(initial);
  const id = useId();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value.trim());
  };
  return (
    <search>
      <form className="search-form" onSubmit={onSubmit}>
        <label htmlFor={id} className="search-form__label">
          {label}
        </label>
        <div className="search-form__row">
          <input
            id={id}
            className="input"
            type="search"
            value={value}
            maxLength={30}
            placeholder={placeholder}
            onChange={(event) => setValue(event.target.value)}
          />
          <button type="submit" className="button">
            搜索
          </button>
        </div>
      </form>
    </search>
  );
}
