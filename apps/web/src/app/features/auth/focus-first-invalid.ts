/** After a refused submit, keyboard and screen-reader users land on the first field to fix. */
export function focusFirstInvalid(form: HTMLElement): void {
  const field = form.querySelector<HTMLElement>('input.ng-invalid, mat-select.ng-invalid, textarea.ng-invalid');
  field?.focus();
}
