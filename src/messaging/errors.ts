// Named errors that cross extension contexts: serialised as {name, message} and rebuilt as the same class.

/** The page is one where extensions may not run scripts (browser pages, web stores, PDFs, file:// without access). */
export class RestrictedPageError extends Error {
  override name = 'RestrictedPageError';
}

/** The clip took too long (a huge page); the tab may still be busy. */
export class ClipTimeoutError extends Error {
  override name = 'ClipTimeoutError';
}

/** The content script could not run or returned nothing (tab closed, navigated away, no permission). */
export class ClipFailedError extends Error {
  override name = 'ClipFailedError';
}

/** Saving to or reading from the clip library failed. */
export class ClipStoreError extends Error {
  override name = 'ClipStoreError';
}

/** The browser refused or interrupted the download. */
export class DownloadError extends Error {
  override name = 'DownloadError';
}

/** No context answered a message (the receiver is not loaded) or the answer had the wrong shape. */
export class MessagingError extends Error {
  override name = 'MessagingError';
}

/** An error whose class this context does not know; keeps the remote name for display and logs. */
export class RemoteError extends Error {
  constructor(
    override name: string,
    message: string,
  ) {
    super(message);
  }
}

const KNOWN: Record<string, new (message: string) => Error> = {
  RestrictedPageError,
  ClipTimeoutError,
  ClipFailedError,
  ClipStoreError,
  DownloadError,
  MessagingError,
};

export interface SerializedError {
  name: string;
  message: string;
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** Rebuilds the named class when known, so receivers can use `instanceof`. */
export function deserializeError(data: SerializedError): Error {
  const Known = KNOWN[data.name];
  if (Known) return new Known(data.message);
  return new RemoteError(data.name, data.message);
}
