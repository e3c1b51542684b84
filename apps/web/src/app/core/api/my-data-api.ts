/**
 * The person's own data: the export as a file and erasing the account. The
 * export goes through HttpClient (the interceptor adds the bearer token), so
 * it arrives as a Blob with its headers, not through a plain link.
 */
import { HttpClient, type HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class MyDataApi {
  private readonly http = inject(HttpClient);

  /** `GET /api/me/export`: JSON, named by its Content-Disposition header. */
  exportMyData(): Promise<HttpResponse<Blob>> {
    return firstValueFrom(this.http.get('/api/me/export', { responseType: 'blob', observe: 'response' }));
  }

  /** `DELETE /api/me` → 204: the account is erased. */
  eraseMyAccount(): Promise<void> {
    return firstValueFrom(this.http.delete<void>('/api/me'));
  }
}
