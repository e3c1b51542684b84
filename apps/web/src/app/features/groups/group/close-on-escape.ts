/**
 * Escape closes a side panel, except when it belongs to something inside it
 * first: a text field that still holds text, or a control that handled it.
 */
export function closeOnEscape(event: Event, close: () => void): void {
  if (event.defaultPrevented) return;
  const target = event.target;
  if ((target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.value !== '') return;
  close();
}
