import type { RepairCategory } from '@linli/shared';
import { Field } from '../../ui/field';
import { CATEGORY_OPTIONS } from './repair-labels';

interface RepairBoardFiltersProps {
  category: RepairCategory | null;
  isOverdueOnly: boolean;
  /** The overdue total across the open columns, beside the switch that shows only those. */
  overdueTotal: number | null;
  onCategory: (category: RepairCategory | null) => void;
  onOverdueOnly: (isOverdueOnly: boolean) => void;
}

const isCategory = (value: string): value is RepairCategory => CATEGORY_OPTIONS.some((o) => o.value === value);

/** Two filters, each applied as it changes: a select and a switch are one deliberate tap, not a stream of keys. */
export function RepairBoardFilters(props: RepairBoardFiltersProps) {
  const { category, isOverdueOnly, overdueTotal, onCategory, onOverdueOnly } = props;
  return (
    <fieldset className="repair-filters bare-fieldset">
      <legend className="visually-hidden">筛选报修</legend>
      <Field label="类别">
        <select
          className="select"
          value={category ?? ''}
          onChange={(event) => onCategory(isCategory(event.target.value) ? event.target.value : null)}
        >
          <option value="">全部类别</option>
          {CATEGORY_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
      <label className="choice repair-filters__overdue">
        <input type="checkbox" checked={isOverdueOnly} onChange={(event) => onOverdueOnly(event.target.checked)} />
        只看超时
        {overdueTotal !== null && overdueTotal > 0 ? (
          <span className="badge badge--danger">{overdueTotal} 单超时</span>
        ) : null}
      </label>
    </fieldset>
  );
}
