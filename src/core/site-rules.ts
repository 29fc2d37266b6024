// Per-site extraction rules as plain data (JSON-able), matched by host suffix; adding a site is one entry.
import type { SiteRule } from './types';

export const BUILT_IN_SITE_RULES: SiteRule[] = [
  {
    domain: 'chinafile.com',
    name: 'ChinaFile (中参馆)',
    // The featured photo (with its credit and caption) sits outside <article>; the text is Drupal's body field.
    content: '.view-featured-photo, .video-above-fold, .sc-media, .field-name-body',
    title: 'h1.page-title, h1.title',
    remove: [
      '.cboxes',
      '.l-middle',
      '.share-tools',
      '.social-share',
      '.sharethis-wrapper',
      '.addthis_toolbox',
      '.newsletter-signup',
      '.view-related-content',
      '.pane-related-content',
      '#comments',
    ],
    tags: ['中参馆'],
    categories: ['中参馆'],
  },
  {
    domain: 'mp.weixin.qq.com',
    name: 'WeChat (微信公众号)',
    content: '#js_content',
    title: '#activity-name',
    // The account name is the author the archive records; the writer's name, when given, is only in the text.
    byline: '#js_name',
    published: '#publish_time',
    scriptVariables: { title: ['msg_title'], author: ['nickname'], published: ['ct', 'publish_time'] },
    lazyImageAttributes: ['data-src'],
    remove: [
      '#js_pc_qr_code',
      '#js_profile_qrcode',
      '.qr_code_pc',
      '.qr_code_pc_outer',
      '#js_tags',
      '.rich_media_tool',
      '#js_sponsor_ad_area',
      '.reward_area',
      '#content_bottom_area',
      '.rich_media_area_extra',
      'mpprofile',
      '.js_uneditable',
    ],
  },
];

/** The rule whose domain is the URL's host or a parent domain of it; the most specific (longest) domain wins. */
export function findSiteRule(url: string, rules: SiteRule[]): SiteRule | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  let best: SiteRule | undefined;
  let bestLength = -1;
  for (const rule of rules) {
    // Rules are user-editable data from storage: a rule without a usable domain is skipped, not fatal.
    if (!rule || typeof rule.domain !== 'string') continue;
    const domain = rule.domain.trim().toLowerCase().replace(/^\*?\./, '').replace(/\.$/, '');
    if (!domain) continue;
    if ((host === domain || host.endsWith(`.${domain}`)) && domain.length > bestLength) {
      best = rule;
      bestLength = domain.length;
    }
  }
  return best;
}
