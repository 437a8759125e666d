import { repairContract } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ActionButton } from '../../../components/action-button';
import { formatRepairTime } from '../../../features/repair/repair-labels';
import { TextAreaField } from '../text-area-field';

interface Props {
  repairId: string;
  /** Until when reopening is possible (the server's `reopenUntil`). */
  until: string | null;
  isBusy: boolean;
  onReopen: (reason: string) => Promise<boolean>;
}

/**
 * 重新打开: when the problem came back. Folded to one button with the deadline beside it, so it does not crowd
 * out 确认完成; opened, it asks what is still wrong (the worker reads it) and sends it.
 */
export function ReopenPanel({ repairId, until, isBusy, onReopen }: Props) {
  const [isOpen, setIsOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = async () => {
    const parsed = repairContract.actions.reopen.input.safeParse({ repairId, reason });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    if (await onReopen(parsed.data.reason)) setIsOpen(false);
  };

  return (
    <View className="card" id="repair-reopen-panel">
      <Text className="card__title">问题没解决？</Text>
      {until && (
        <Text className="card__detail" id="repair-reopen-until">
          可在 {formatRepairTime(until)} 前重新打开（北京时间）
        </Text>
      )}
      {!isOpen && (
        <ActionButton testId="repair-reopen-start" onClick={() => setIsOpen(true)}>
          重新打开
        </ActionButton>
      )}
      {isOpen && (
        <View>
          <TextAreaField
            name="repair-reopen-reason"
            label="还有什么问题"
            placeholder="如：水龙头又开始滴水"
            value={reason}
            onChange={(value) => {
              setReason(value);
              setError(undefined);
            }}
            error={error}
            maxLength={500}
          />
          <ActionButton variant="danger" testId="repair-reopen" isBusy={isBusy} onClick={() => void submit()}>
            确认重新打开
          </ActionButton>
          <ActionButton onClick={() => setIsOpen(false)}>先不打开</ActionButton>
        </View>
      )}
    </View>
  );
}
