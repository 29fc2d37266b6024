// The one place that imports the WebExtension API (promise-based `browser`, polyfilled on Chrome).
import browser from 'webextension-polyfill';

export { browser };
export type { Browser, Runtime, Tabs, Downloads, Menus, Storage } from 'webextension-polyfill';
