import { formatArea, PLACE_KIND_LABELS, type PlaceView } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import { tappable } from '../../components/a11y';

interface Props {
  items: readonly PlaceView[];
  onPick: (place: PlaceView) => void;
}

/** What a row says under its name: how much is inside it, or for a room its floor and area. */
function metaOf(place: PlaceView): string {
  if (place.kind === 'room' && place.room) return `${place.room.floor}层 · ${formatArea(place.room.areaHundredths)}`;
  if (place.kind === 'compound') return place.label === place.name ? '' : place.label;
  if (place.childCount === undefined) return '';
  const inside = place.kind === 'building' ? '单元' : place.kind === 'unit' ? '户' : PLACE_KIND_LABELS[place.kind];
  return `${place.childCount} 个${inside}`;
}

/** Places to pick from, one large row each; `data-testid="place-<id>"` for tests and e2e. */
export function PlaceList({ items, onPick }: Props) {
  return (
    <View className="list">
      {items.map((place) => {
        const meta = metaOf(place);
        return (
          <View
            key={place._id}
            className="list-item"
            data-testid={`place-${place._id}`}
            onClick={() => onPick(place)}
            {...tappable('button')}
          >
            <View>
              <Text className="list-item__text">{place.name}</Text>
              {meta && <Text className="list-item__meta">{meta}</Text>}
            </View>
            <Text className="list-item__chevron" aria-hidden="true">
              ›
            </Text>
          </View>
        );
      })}
    </View>
  );
}
