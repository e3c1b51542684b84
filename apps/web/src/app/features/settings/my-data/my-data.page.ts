/**
 * `/settings/my-data`: what the service keeps about the person, as a JSON
 * file to download, and erasing the account (after typing the e-mail
 * address). After erasure the session ends here and the person is taken to
 * the sign-in page, where a message says the account is gone.
 */
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { saveFile } from '../../../core/api/save-file';
import { SIGN_IN_PATH } from '../../../core/auth/auth.guards';
import { AuthService } from '../../../core/auth/auth.service';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { FormErrorComponent } from '../../../shared/form-error/form-error.component';
import { EraseAccountDialogComponent, type EraseAccountDialogData } from './erase-account-dialog.component';
import { MyDataApi } from '../../../core/api/my-data-api';
import { exportFileName } from './my-data';

@Component({
  selector: 'kl-my-data-page',
  imports: [MatButtonModule, TranslatePipe, FormErrorComponent],
  templateUrl: './my-data.page.html',
  styleUrl: './my-data.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyDataPage {
  private readonly api = inject(MyDataApi);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  protected readonly downloading = signal(false);
  protected readonly exported = signal(false);
  protected readonly exportError = signal<ErrorMessage | null>(null);
  protected readonly erasing = signal(false);
  protected readonly eraseError = signal<ErrorMessage | null>(null);

  protected async download(): Promise<void> {
    if (this.downloading()) return;
    this.downloading.set(true);
    this.exported.set(false);
    this.exportError.set(null);
    try {
      const response = await this.api.exportMyData();
      const name = exportFileName(response.headers.get('Content-Disposition'), new Date());
      const blob = response.body ?? new Blob([], { type: 'application/json' });
      saveFile(this.document, blob, name);
      this.exported.set(true);
    } catch (error) {
      this.exportError.set(errorMessageFor(error));
    } finally {
      this.downloading.set(false);
    }
  }

  protected async erase(): Promise<void> {
    const email = this.auth.user()?.email;
    if (email === undefined || this.erasing()) return;
    const ref = this.dialog.open<EraseAccountDialogComponent, EraseAccountDialogData, boolean>(
      EraseAccountDialogComponent,
      { data: { email }, width: '32rem', maxWidth: '95vw' },
    );
    if ((await firstValueFrom(ref.afterClosed())) !== true) return;

    this.erasing.set(true);
    this.eraseError.set(null);
    try {
      await this.api.eraseMyAccount();
    } catch (error) {
      this.eraseError.set(errorMessageFor(error));
      this.erasing.set(false);
      return;
    }
    // The snackbar outlives this page, so the sign-in page shows why the person is there.
    this.snackBar.open(this.i18n.translate('myData.erased'), this.i18n.translate('myData.dismiss'), {
      duration: 15_000,
      politeness: 'assertive',
    });
    // The account is gone, so the server-side sign-out may fail; the session ends here either way.
    await this.auth.signOut();
    await this.router.navigateByUrl(SIGN_IN_PATH);
  }
}
