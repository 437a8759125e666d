import { PLACE_KIND_LABELS, type PlaceView } from '@linli/shared';
import { childCountLabel } from './place-labels';
import './places.css';

/** A node of the hierarchy as a tappable row: its name, its level and how much lies below it. */
export function PlaceButton({ place, onEnter }: { place: PlaceView; onEnter: (place: PlaceView) => void }) {
  return (
    <button type="button" className="place-list__item" onClick={() => onEnter(place)}>
      <span className="place-list__name">{place.name}</span>
      <span className="place-list__meta">
        <span className="badge">{PLACE_KIND_LABELS[place.kind]}</span>
        {place.childCount !== undefined ? <span>{childCountLabel(place.kind, place.childCount)}</span> : null}
      </span>
      <span className="place-list__chevron" aria-hidden="true">
        ›
      </span>
    </button>
  );
}
