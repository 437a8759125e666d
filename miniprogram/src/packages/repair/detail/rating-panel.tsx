import { repairContract } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { roleOf } from '../../../components/a11y';
import { ActionButton } from '../../../components/action-button';
import { FormField } from '../../../components/form-field';

interface Props {
  repairId: string;
  isBusy: boolean;
  onConfirm: (rating: number, comment: string | undefined) => void;
}

const STARS = [1, 2, 3, 4, 5] as const;
const WORDS: Record<(typeof STARS)[number], string> = {
  1: '很不满意',
  2: '不满意',
  3: '一般',
  4: '满意',
  5: '非常满意',
};

/** 确认完成并评价: five large star tiles (radio semantics) and an optional comment, checked with the contract. */
export function RatingPanel({ repairId, isBusy, onConfirm }: Props) {
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ rating?: string; comment?: string }>({});

  const submit = () => {
    const trimmed = comment.trim();
    const parsed = repairContract.actions.confirm.input.safeParse({
      repairId,
      rating: rating ?? 0,
      ...(trimmed ? { comment: trimmed } : {}),
    });
    if (!parsed.success) {
      const issue = (field: string) => parsed.error.issues.find((i) => i.path[0] === field)?.message;
      setErrors({ rating: issue('rating'), comment: issue('comment') });
      return;
    }
    setErrors({});
    onConfirm(parsed.data.rating, parsed.data.comment);
  };

  return (
    <View className="card" id="repair-rate">
      <Text className="card__title">维修满意吗？</Text>
      <Text className="card__detail">确认问题已解决，并给师傅评个分。</Text>
      <View
        className="stars"
        id="field-repair-rating"
        {...roleOf('radiogroup', { 'aria-label': '评分', 'aria-invalid': Boolean(errors.rating) })}
      >
        {STARS.map((star) => {
          const isOn = rating !== null && star <= rating;
          return (
            <View
              key={star}
              className={`stars__star${isOn ? ' stars__star--on' : ''}`}
              data-testid={`repair-star-${star}`}
              onClick={() => {
                setRating(star);
                setErrors((current) => ({ ...current, rating: undefined }));
              }}
              {...roleOf('radio', { 'aria-checked': star === rating, 'aria-label': `${star}星`, tabindex: 0 })}
            >
              {isOn ? '★' : '☆'}
            </View>
          );
        })}
      </View>
      <Text className="stars__word" id="repair-rating-word">
        {rating === null ? '请点星星评分' : `${rating}星 · ${WORDS[rating as keyof typeof WORDS]}`}
      </Text>
      {errors.rating && (
        <Text className="field__error" data-testid="field-repair-rating-error">
          {errors.rating}
        </Text>
      )}
      <FormField
        name="repair-comment"
        label="评价（选填）"
        value={comment}
        onChange={(value) => {
          setComment(value);
          setErrors((current) => ({ ...current, comment: undefined }));
        }}
        error={errors.comment}
        maxLength={200}
      />
      <ActionButton variant="primary" testId="repair-confirm" isBusy={isBusy} onClick={submit}>
        确认完成并评价
      </ActionButton>
    </View>
  );
}
