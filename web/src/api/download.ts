import { ApiError, errorFromBody, reportUnauthenticated, sessionCredentials } from './client.js';

/** Hands a file made in the browser (or fetched) to the browser's download. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads a report the server makes (`/reports/...`) with this tab's session: the token travels
 * in a header, never a cookie, so a plain link could not carry it. Resolves with the file's name.
 */
export async function downloadReport(path: string): Promise<string> {
  const credentials = sessionCredentials();
  let response: Response;
  try {
    response = await fetch(path, { headers: credentials.header });
  } catch {
    throw new ApiError('NETWORK', 'network error');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as Parameters<typeof errorFromBody>[0];
    const error = errorFromBody(body, response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN');
    reportUnauthenticated(error, credentials.token);
    throw error;
  }
  const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? path.split('/').pop() ?? 'report';
  saveFile(await response.blob(), fileName);
  return fileName;
}
