import { type FormEvent, useState } from 'react';
import { call } from '../../api/call';
import { Dialog } from '../../ui/dialog';
import { FormFooter } from '../../ui/form-footer';
import type { DeviceRow } from './access-labels';

interface RemoveDeviceDialogProps {
  device: DeviceRow;
  onRemoved: (device: DeviceRow) => void;
  onClose: () => void;
}

/** Asks before a controller is taken out of service: residents lose its doors at once; the access log stays. */
export function RemoveDeviceDialog({ device, onRemoved, onClose }: RemoveDeviceDialogProps) {
  const [failure, setFailure] = useState<unknown>(null);
  const [isRemoving, setRemoving] = useState(false);
  const doorNames = device.doors.map((door) => door.name).join('、');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setRemoving(true);
    try {
      await call('door', 'removeDevice', { deviceId: device.deviceId });
      onRemoved(device);
    } catch (error) {
      setFailure(error);
      setRemoving(false);
    }
  };

  return (
    <Dialog
      title="删除门禁设备"
      description={`确定删除「${device.name}」（${device.placeLabel}）吗？`}
      onClose={onClose}
    >
      <form className="form" onSubmit={onSubmit} noValidate>
        <p>删除后住户将无法再用它开门{doorNames ? `（${doorNames}）` : ''}；已有的通行记录会保留。</p>
        <FormFooter
          failure={failure}
          submitLabel="删除"
          isSubmitting={isRemoving}
          busyLabel="正在删除…"
          isDanger
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
