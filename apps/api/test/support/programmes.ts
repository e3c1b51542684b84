/**
 * Catalogue and assignment set-up for tests, through the public API as a
 * lecturer or admin would do it, plus a recorder of what features hand to
 * the Notifier.
 */
import type {
  Assignment,
  CreateAssignmentRequest,
  CreateModuleRequest,
  CreateProgrammeRequest,
  ProgrammeDetail,
  ProgrammeModule,
  Submission,
} from '@klasteris/contracts';

import { type NotificationEvent, Notifier } from '../../src/notifications/notifier';
import { registerPerson, type SignedInPerson } from './accounts';
import { apiClient, type ApiResponse } from './http';
import type { TestApp } from './test-app';

export const TEST_ADMIN = { email: 'programmes.admin@klasteris.test', password: 'admin-password-123' };

export async function signInAdmin(app: TestApp): Promise<string> {
  const response = await apiClient(app.baseUrl).post('/api/auth/login', TEST_ADMIN);
  if (response.status !== 200) throw new Error(`admin sign-in failed: ${response.status}`);
  return response.body.accessToken as string;
}

/** A new person made lecturer by an admin. */
export async function registerLecturer(app: TestApp, adminToken: string, name = 'Lecturer'): Promise<SignedInPerson> {
  const person = await registerPerson(app.baseUrl, name);
  const changed = await apiClient(app.baseUrl).patch(
    `/api/users/${person.user.id}`,
    { role: 'lecturer' },
    { token: adminToken },
  );
  if (changed.status !== 200) throw new Error(`role change failed: ${changed.status} ${JSON.stringify(changed.body)}`);
  return { ...person, user: { ...person.user, role: 'lecturer' } };
}

const must = <T>(response: ApiResponse<T>, status: number, what: string): T => {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
};

export async function createProgramme(
  app: TestApp,
  token: string,
  body: Partial<CreateProgrammeRequest> = {},
): Promise<ProgrammeDetail> {
  const response = await apiClient(app.baseUrl).post<ProgrammeDetail>(
    '/api/programmes',
    { title: { lt: 'Programa', en: 'Programme' }, description: { lt: 'Aprašymas', en: 'Description' }, ...body },
    { token },
  );
  return must(response, 201, 'create programme');
}

export async function addModule(
  app: TestApp,
  token: string,
  programmeId: string,
  body: Partial<CreateModuleRequest> = {},
): Promise<ProgrammeModule> {
  const response = await apiClient(app.baseUrl).post<ProgrammeModule>(
    `/api/programmes/${programmeId}/modules`,
    { title: { lt: 'Modulis', en: 'Module' }, body: { lt: '## Turinys', en: '## Content' }, ...body },
    { token },
  );
  return must(response, 201, 'add module');
}

export async function createAssignment(
  app: TestApp,
  token: string,
  moduleId: string,
  body: Partial<CreateAssignmentRequest> = {},
): Promise<Assignment> {
  const response = await apiClient(app.baseUrl).post<Assignment>(
    `/api/modules/${moduleId}/assignments`,
    { title: { lt: 'Užduotis', en: 'Assignment' }, instructions: { lt: 'Parašykite', en: 'Write' }, ...body },
    { token },
  );
  return must(response, 201, 'create assignment');
}

export async function enrol(app: TestApp, token: string, programmeId: string): Promise<void> {
  must(
    await apiClient(app.baseUrl).post(`/api/programmes/${programmeId}/enrolment`, undefined, { token }),
    200,
    'enrol',
  );
}

export async function submitText(app: TestApp, token: string, assignmentId: string, body: string): Promise<Submission> {
  const response = await apiClient(app.baseUrl).post<Submission>(
    `/api/assignments/${assignmentId}/submissions`,
    { body },
    { token },
  );
  return must(response, 201, 'submit');
}

export interface UploadFile {
  name: string;
  bytes: Buffer;
  /** What the browser claims; the server judges by content anyway. */
  type?: string;
}

/** A multipart hand-in: a `body` field and a `file` part. */
export async function submitMultipart(
  app: TestApp,
  token: string,
  assignmentId: string,
  parts: { body?: string; file?: UploadFile; fileField?: string },
): Promise<ApiResponse> {
  const form = new FormData();
  if (parts.body !== undefined) form.append('body', parts.body);
  if (parts.file) {
    const blob = new Blob([new Uint8Array(parts.file.bytes)], { type: parts.file.type ?? 'application/octet-stream' });
    form.append(parts.fileField ?? 'file', blob, parts.file.name);
  }
  let response: Response;
  try {
    response = await fetch(`${app.baseUrl}/api/assignments/${assignmentId}/submissions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
  } catch (error) {
    // The server may answer (413) and close before a large body is sent whole.
    throw new Error(`upload failed without a response: ${String(error)}`);
  }
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  return { status: response.status, body, headers: response.headers };
}

/** Every event handed to the Notifier from now on; the real Notifier still gets them. */
export function recordNotifications(app: TestApp): NotificationEvent[] {
  const notifier = app.app.get(Notifier);
  const recorded: NotificationEvent[] = [];
  const original = notifier.notify.bind(notifier);
  jest.spyOn(notifier, 'notify').mockImplementation(async (events: NotificationEvent[]) => {
    recorded.push(...events);
    await original(events);
  });
  return recorded;
}
