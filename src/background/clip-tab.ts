// Clips one tab: checks the page may be scripted, injects the content script (activeTab grant) and returns its outcome.
import { BUILT_IN_SITE_RULES, findSiteRule } from '../core/site-rules';
import type { ArchiveSettings, ClipChoices, ClipMode, SiteRule } from '../core/types';
import type { ClipTabResult } from '../messaging/protocol';
import { ClipFailedError, ClipTimeoutError } from '../messaging/errors';
import type { ContentRequest, ContentResult } from '../content/request';
import { effectiveSiteRules } from '../storage/effective-rules';
import { clipFailedMessage, restrictedMessage, timeoutMessage } from './messages';
import { findRestriction, isRestrictionError, restrictionFromError } from './restricted';

/** The browser calls clip-tab needs; injected so the logic is testable without a browser. */
export interface ClipTabDeps {
  getTabUrl(tabId: number): Promise<string | undefined>;
  fileAccessAllowed(): Promise<boolean>;
  injectFile(tabId: number, file: string): Promise<void>;
  runClip(tabId: number, request: ContentRequest): Promise<unknown>;
  loadSettings(): Promise<{ archive: ArchiveSettings; siteRules: SiteRule[] }>;
  now(): Date;
  /** How long a page may take before the clip is reported as timed out. */
  timeoutMs: number;
}

export interface ClipTabRequest {
  tabId: number;
  mode: ClipMode;
  choices?: ClipChoices;
}

export const CONTENT_SCRIPT_FILE = 'content.js';

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ClipTimeoutError(timeoutMessage(Math.round(ms / 1000)))), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function isContentResult(value: unknown): value is ContentResult {
  return typeof value === 'object' && value !== null && typeof (value as ContentResult).ok === 'boolean';
}

/** The rule that applies to `url` with the user's rules layered over the built-in ones. */
export function ruleFor(url: string, userRules: SiteRule[]): SiteRule | undefined {
  return findSiteRule(url, effectiveSiteRules(userRules, BUILT_IN_SITE_RULES));
}

export async function clipTab(deps: ClipTabDeps, request: ClipTabRequest): Promise<ClipTabResult> {
  const url = await deps.getTabUrl(request.tabId);
  // Without the tabs permission the URL is only visible after an activeTab grant; try anyway when it is missing.
  const restriction = url === undefined ? undefined : findRestriction(url, await deps.fileAccessAllowed());
  if (restriction) return { ok: false, code: 'restricted', message: restrictedMessage(restriction.reason), url };

  const settings = await deps.loadSettings();
  const contentRequest: ContentRequest = {
    mode: request.mode,
    choices: request.choices,
    settings: settings.archive,
    rules: effectiveSiteRules(settings.siteRules, BUILT_IN_SITE_RULES),
    now: deps.now().toISOString(),
  };

  let outcome: unknown;
  try {
    outcome = await withTimeout(
      (async () => {
        await deps.injectFile(request.tabId, CONTENT_SCRIPT_FILE);
        return deps.runClip(request.tabId, contentRequest);
      })(),
      deps.timeoutMs,
    );
  } catch (error) {
    if (error instanceof ClipTimeoutError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (isRestrictionError(message)) {
      return { ok: false, code: 'restricted', message: restrictedMessage(restrictionFromError(message)), url };
    }
    throw new ClipFailedError(clipFailedMessage(message));
  }
  if (!isContentResult(outcome)) throw new ClipFailedError(clipFailedMessage('the page returned no result'));
  if (!outcome.ok && outcome.code === 'pdf') return { ok: false, code: 'restricted', message: restrictedMessage('pdf'), url };
  if (!outcome.ok) {
    return { ok: false, code: 'no-article', message: outcome.message, metadata: outcome.metadata, url: url ?? '' };
  }
  return { ok: true, clip: outcome.clip, rule: outcome.rule, archive: settings.archive };
}
