import { ApiError, errorFromBody, reportUnauthenticated, sessionCredentials } from './client.js';

export interface UploadRequest {
  periodId: string;
  processId: string;
  file: File;
  /** One of the upload route's formats; omitted lets the server read it from the file. */
  format: string | null;
  /** `column -> field` for headers that do not match. */
  mapping: Record<string, string>;
  replace: boolean;
  keepOutsidePeriod: boolean;
}

/** What POST /imports answers (the ImportSummary of the GraphQL imports). */
export interface UploadSummary {
  rows: number;
  cases: number;
  seconds: number;
  warnings: string[];
  format: string;
  grade: string;
}

/**
 * Streams a file to `POST /imports` (XMLHttpRequest: fetch cannot report upload progress) and
 * reports bytes sent as they go.
 */
export function uploadMeasurements(upload: UploadRequest, onProgress: (sent: number, total: number) => void, onSent: () => void): Promise<UploadSummary> {
  const params = new URLSearchParams({ periodId: upload.periodId, processId: upload.processId, fileName: upload.file.name });
  if (upload.format) params.set('format', upload.format);
  for (const [column, field] of Object.entries(upload.mapping)) params.append('map', `${column}=${field}`);
  if (upload.replace) params.set('replace', 'true');
  if (upload.keepOutsidePeriod) params.set('keepOutsidePeriod', 'true');
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/imports?${params.toString()}`);
    const credentials = sessionCredentials();
    for (const [name, value] of Object.entries(credentials.header)) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : upload.file.size);
    xhr.upload.onload = () => onSent();
    xhr.onerror = () => reject(new ApiError('NETWORK', 'network error'));
    xhr.onload = () => {
      const body = xhr.response as (UploadSummary & { errors?: undefined }) | { errors: { message?: string; extensions?: { code?: string } }[] } | null;
      if (xhr.status === 200 && body && !body.errors) {
        resolve(body);
        return;
      }
      const error = body?.errors ? errorFromBody(body, 'UNKNOWN') : new ApiError(xhr.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN', `HTTP ${xhr.status}`);
      reportUnauthenticated(error, credentials.token);
      reject(error);
    };
    xhr.send(upload.file);
  });
}

const HEAD_BYTES = 64 * 1024;

/** The start of a file as text (gzip unpacked), to suggest its format and read its header. */
export async function readFileHead(file: File): Promise<string> {
  const magic = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const gzipped = magic[0] === 0x1f && magic[1] === 0x8b;
  if (!gzipped) return new TextDecoder('utf-8').decode(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const reader = file.stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < HEAD_BYTES) {
      const { value, done } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const head = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    head.set(chunk, offset);
    offset += chunk.length;
  }
  return new TextDecoder('utf-8').decode(head);
}
