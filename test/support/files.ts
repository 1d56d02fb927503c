import type { TestClient } from './testApp.ts';

/** Sends one file as multipart/form-data (field "file") as the browser's form would; answers status and parsed body. */
export async function uploadFile(
  client: TestClient,
  url: string,
  file: { name: string; data: Buffer | string; type?: string },
): Promise<{ status: number; body: any }> {
  const form = new FormData();
  const bytes = typeof file.data === 'string' ? Buffer.from(file.data, 'utf8') : file.data;
  form.append('file', new Blob([new Uint8Array(bytes)], { type: file.type ?? 'application/octet-stream' }), file.name);
  const response = await client.app.inject({
    method: 'POST',
    url,
    cookies: client.cookies,
    headers: client.csrfToken ? { 'x-csrf-token': client.csrfToken } : {},
    body: form,
  });
  return { status: response.statusCode, body: response.body ? JSON.parse(response.body) : null };
}

/** Downloads a file as bytes (the test client reads bodies as text). */
export async function downloadFile(client: TestClient, url: string): Promise<{ status: number; type: string; data: Buffer }> {
  const response = await client.app.inject({ method: 'GET', url, cookies: client.cookies });
  return { status: response.statusCode, type: String(response.headers['content-type'] ?? ''), data: response.rawPayload };
}
