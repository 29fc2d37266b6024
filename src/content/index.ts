// Content-script entry, injected on demand: leaves one entry point (a Symbol-keyed property of the isolated world) for the worker's next call.
import { CONTENT_ENTRY_KEY, type ContentRequest } from './request';
import { runClip } from './run-clip';

const holder = globalThis as unknown as Record<symbol, (request: ContentRequest) => unknown>;
// The worker's call deletes this property, so repeated injections never pile up listeners or globals.
holder[Symbol.for(CONTENT_ENTRY_KEY)] = (request: ContentRequest) => runClip(window, request);
