/**
 * Create an account: name, e-mail, password (its minimum length shown),
 * organisation (from the public list, or "not listed") and language.
 */
import { ChangeDetectionStrategy, Component, effect, ElementRef, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { LOCALES, type Locale, PASSWORD_MIN_LENGTH, type RegisterRequest } from '@klasteris/contracts';

import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { AuthService } from '../../../core/auth/auth.service';
import { browserTimeZone } from '../../../core/i18n/date-time-format';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { LANGUAGE_LABELS } from '../../../core/i18n/translation-key';
import { OrganisationsService } from '../../../core/organisations/organisations.service';
import { FormErrorComponent } from '../../../shared/form-error/form-error.component';
import { focusFirstInvalid } from '../focus-first-invalid';

/** The API's limit on display names. */
const DISPLAY_NAME_MAX_LENGTH = 100;

@Component({
  selector: 'kl-register-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    TranslatePipe,
    FormErrorComponent,
  ],
  templateUrl: './register.page.html',
  styleUrl: '../auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');
  private readonly i18n = inject(I18nService);
  protected readonly organisations = inject(OrganisationsService);

  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly displayNameMaxLength = DISPLAY_NAME_MAX_LENGTH;
  protected readonly locales = LOCALES;
  protected readonly languageLabels = LANGUAGE_LABELS;

  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX_LENGTH), Validators.pattern(/\S/)]],
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
    /** Empty string: "my organisation is not listed". */
    organisationId: [''],
    locale: [this.i18n.locale() as Locale],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly organisationsFailed = signal(false);

  constructor() {
    this.organisations.load().catch(() => this.organisationsFailed.set(true));
    // Until the person picks a language here, it follows the interface language.
    effect(() => {
      const locale = this.i18n.locale();
      const control = this.form.controls.locale;
      if (control.pristine) control.setValue(locale);
    });
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formElement().nativeElement);
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    try {
      await this.auth.register(this.request());
      await this.router.navigateByUrl('/');
    } catch (error) {
      this.error.set(errorMessageFor(error));
    } finally {
      this.submitting.set(false);
    }
  }

  private request(): RegisterRequest {
    const { displayName, email, password, organisationId, locale } = this.form.getRawValue();
    const timeZone = browserTimeZone();
    return {
      displayName: displayName.trim(),
      email: email.trim(),
      password,
      locale,
      ...(organisationId === '' ? {} : { organisationId }),
      ...(timeZone ? { timeZone } : {}),
    };
  }
}
