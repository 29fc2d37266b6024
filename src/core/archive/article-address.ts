// The `from` rule: which URL names the article (canonical or tab), without tracking parameters or fragment.

/** Query parameters that only say how the reader arrived: analytics, ad click ids, share tokens. */
const TRACKING_PARAMS = new Set(
  [
    'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'mc_cid', 'mc_eid', 'igshid', 'igsh', 'yclid',
    '_hsenc', '_hsmi', '__hssc', '__hstc', '__hsfp', 'hsctatracking', 'spm', 'ref_src', 'ref_url', '_ga', '_gl',
    'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'vero_conv', 'wickedid', 'twclid', 'ttclid', 'li_fat_id',
    'rb_clickid', 's_cid', 'cmpid', 'ocid', 'sr_share', 'share_token', 'xtor', 'at_medium', 'at_campaign',
  ].map((name) => name.toLowerCase()),
);

/** Prefixes of families of tracking parameters (utm_source, utm_medium, …; pk_campaign, …). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hmsr', 'hmpl', 'hmcu', 'hmkw', 'hmci'];

/**
 * WeChat articles: `__biz`, `mid`, `idx`, `sn` (or the older `appmsgid`, `itemidx`, `sign`) name the
 * article; everything else (chksm, scene, sessionid, key, pass_ticket, …) is session junk.
 */
const WECHAT_IDENTITY = new Set(['__biz', 'mid', 'idx', 'sn', 'appmsgid', 'itemidx', 'sign', 'album_id']);

function bareHost(url: URL): string {
  return url.hostname.toLowerCase().replace(/^www\./, '');
}

function isTracking(name: string, host: string): boolean {
  if (host === 'mp.weixin.qq.com') return !WECHAT_IDENTITY.has(name);
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function decodeName(piece: string): string {
  const raw = piece.split('=')[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The URL without tracking parameters (the others keep their exact encoding and order) and fragment. */
export function stripTracking(url: URL): string {
  const host = bareHost(url);
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((piece) => piece !== '' && !isTracking(decodeName(piece), host));
  const clean = new URL(url.href);
  clean.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  // `#/path` and `#!path` are routes of single-page sites, part of the address; other fragments are not.
  clean.hash = /^#[!/]/.test(url.hash) ? url.hash : '';
  return clean.href;
}

function parseHttp(text: string, base?: string): URL | undefined {
  try {
    const url = new URL(text.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The article's address for `from`: the canonical URL when it is on the tab's host (ignoring the
 * scheme and a leading `www.`), else the tab URL; tracking parameters and the fragment removed.
 * A canonical that points at the site's home page while the tab is deeper is a site bug: ignored.
 */
export function articleAddress(tabUrl: string, canonicalUrl?: string): string {
  const tab = parseHttp(tabUrl);
  if (!tab) return tabUrl.trim();
  const canonical = canonicalUrl ? parseHttp(canonicalUrl, tab.href) : undefined;
  const canonicalIsHome = canonical !== undefined && canonical.pathname === '/' && canonical.search === '' && tab.pathname !== '/';
  const chosen = canonical && bareHost(canonical) === bareHost(tab) && !canonicalIsHome ? canonical : tab;
  return stripTracking(chosen);
}
