import { unwrap } from '../api/errors';

/** The file name the server offers (RFC 5987 UTF-8 form first), or a fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (utf8) return decodeURIComponent(utf8[1]);
  const plain = /filename="([^"]+)"/i.exec(disposition ?? '');
  return plain ? plain[1] : fallback;
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * Saves the file of an openapi-fetch call made with `parseAs: 'blob'` under the name the server offers;
 * a failed call throws ApiError or ConnectionError like any other request. Returns the name saved.
 */
export async function saveDownload(
  call: Promise<{ data?: unknown; error?: unknown; response: Response }>,
  fallbackName: string,
): Promise<string> {
  let disposition: string | null = null;
  const data = await unwrap(
    call.then((result) => {
      disposition = result.response.headers.get('Content-Disposition');
      return result;
    }),
  );
  const fileName = fileNameOf(disposition, fallbackName);
  saveBlob(data as Blob, fileName);
  return fileName;
}
