// The one configured turndown service per image style, built once and cached.
import TurndownService from 'turndown';
import type { ImageStyle } from '../types';

export interface MarkdownService {
  convert(content: Element | DocumentFragment): string;
}

const cache = new Map<ImageStyle, MarkdownService>();

export function getMarkdownService(imageStyle: ImageStyle): MarkdownService {
  let service = cache.get(imageStyle);
  if (!service) {
    service = createMarkdownService(imageStyle);
    cache.set(imageStyle, service);
  }
  return service;
}

export function createMarkdownService(imageStyle: ImageStyle): MarkdownService {
  void imageStyle;
  const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });
  return {
    convert: (content) => turndown.turndown(content as unknown as HTMLElement),
  };
}
