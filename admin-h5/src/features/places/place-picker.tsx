import type { StaffProfile } from '@linli/shared';
import { Dialog } from '../../ui/dialog';
import { type PickedPlace, PlaceBrowser } from './place-browser';

interface PlacePickerProps {
  title: string;
  scope: StaffProfile['scope'];
  platformChoice?: string;
  onPick: (place: PickedPlace | null) => void;
  onClose: () => void;
}

/** The hierarchy browser in a dialog, for picking a node from anywhere (the scope switcher). */
export function PlacePicker({ title, scope, platformChoice, onPick, onClose }: PlacePickerProps) {
  return (
    <Dialog title={title} onClose={onClose}>
      <PlaceBrowser scope={scope} platformChoice={platformChoice} onPick={onPick} />
    </Dialog>
  );
}
