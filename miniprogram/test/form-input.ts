import { act, fireEvent, waitFor } from '@testing-library/react';

/** Taro's Input renders a native <input> inside its web component a moment after mounting. */
export async function inputOf(name: string): Promise<HTMLInputElement> {
  return waitFor(() => {
    const input = document.querySelector<HTMLInputElement>(`#field-${name} input`);
    if (!input) throw new Error(`field ${name} not rendered yet`);
    return input;
  });
}

/** Types into a `FormField` as a person would: focus, input, leave (so a masked field shows its idle text again). */
export async function typeInto(name: string, value: string): Promise<void> {
  const input = await inputOf(name);
  await act(async () => {
    fireEvent.focus(input);
    fireEvent.input(input, { target: { value } });
    fireEvent.blur(input);
  });
}

/** Types into a multi-line field (Taro's Textarea renders a native <textarea> inside its web component). */
export async function typeIntoTextArea(name: string, value: string): Promise<void> {
  const textarea = await waitFor(() => {
    const found = document.querySelector<HTMLTextAreaElement>(`#field-${name} textarea`);
    if (!found) throw new Error(`text area ${name} not rendered yet`);
    return found;
  });
  await act(async () => {
    fireEvent.focus(textarea);
    fireEvent.input(textarea, { target: { value } });
    fireEvent.blur(textarea);
  });
}
