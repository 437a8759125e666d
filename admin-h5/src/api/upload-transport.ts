/** One file sent as the raw body of a POST, with its progress. */
export interface UploadRequest {
  url: string;
  body: Blob;
  headers: Record<string, string>;
  /** Bytes sent so far and in all, as the browser reports them. */
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface UploadResponse {
  status: number;
  /** The parsed JSON body, whatever the status (the local cloud answers every request with the envelope). */
  body: unknown;
}

/** A photo over a slow mobile connection takes a while; past this the staff member retries rather than waits. */
const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * XMLHttpRequest rather than fetch: only XHR reports upload progress, which a worker on mobile data needs to see
 * photo by photo. A network failure, timeout, abort or a body that is not JSON rejects.
 */
export function sendUpload(request: UploadRequest): Promise<UploadResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const onAbort = () => xhr.abort();
    const settle = () => request.signal?.removeEventListener('abort', onAbort);
    xhr.open('POST', request.url);
    for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
    xhr.timeout = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) request.onProgress?.(event.loaded, event.total);
    };
    xhr.onload = () => {
      settle();
      try {
        resolve({ status: xhr.status, body: JSON.parse(xhr.responseText) });
      } catch (error) {
        reject(error);
      }
    };
    xhr.onerror = () => {
      settle();
      reject(new Error('upload failed'));
    };
    xhr.ontimeout = () => {
      settle();
      reject(new Error('upload timed out'));
    };
    xhr.onabort = () => {
      settle();
      reject(new DOMException('upload aborted', 'AbortError'));
    };
    if (request.signal?.aborted) {
      reject(new DOMException('upload aborted', 'AbortError'));
      return;
    }
    request.signal?.addEventListener('abort', onAbort);
    xhr.send(request.body);
  });
}
