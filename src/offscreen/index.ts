// Offscreen document (Chrome): makes blob: URLs for downloads, which the MV3 service worker cannot create itself.
import { onMessages } from '../messaging';

onMessages({
  'offscreen.createBlobUrl': ({ text, type }) => ({ url: URL.createObjectURL(new Blob([text], { type })) }),
  'offscreen.revokeBlobUrl': ({ url }) => {
    URL.revokeObjectURL(url);
    return { revoked: true };
  },
});
