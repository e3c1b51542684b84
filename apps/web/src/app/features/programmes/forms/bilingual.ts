/** A validator for a pair of language fields: at least one of them written. */
import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

export function oneLanguageRequired(lt: string, en: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const written = [lt, en].some((name) => String(group.get(name)?.value ?? '').trim() !== '');
    return written ? null : { [`${lt}Or${en}`]: true };
  };
}
