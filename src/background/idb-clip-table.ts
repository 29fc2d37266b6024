// The clip table in IndexedDB (via idb): one object store keyed by article address, indexed by path and update time.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StoredClip } from '../messaging/protocol';
import type { ClipTable } from './clip-store';

interface ClipperDb extends DBSchema {
  clips: {
    key: string;
    value: StoredClip;
    indexes: { path: string; updatedAt: string };
  };
}

export const DB_NAME = 'jekyll-web-clipper';
const DB_VERSION = 1;

function open(): Promise<IDBPDatabase<ClipperDb>> {
  return openDB<ClipperDb>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      const clips = db.createObjectStore('clips', { keyPath: 'id' });
      clips.createIndex('path', 'path');
      clips.createIndex('updatedAt', 'updatedAt');
    },
  });
}

/** Opens the database per operation: the worker may be stopped between calls, so no connection is kept in a module variable. */
async function withDb<T>(op: (db: IDBPDatabase<ClipperDb>) => Promise<T>): Promise<T> {
  const db = await open();
  try {
    return await op(db);
  } finally {
    db.close();
  }
}

export const idbClipTable: ClipTable = {
  get: (id) => withDb((db) => db.get('clips', id)),
  getByPath: (path) => withDb((db) => db.getAllFromIndex('clips', 'path', path)),
  put: (record) => withDb(async (db) => void (await db.put('clips', record))),
  delete: (id) => withDb((db) => db.delete('clips', id)),
  list: (limit) =>
    withDb(async (db) => {
      const out: StoredClip[] = [];
      let cursor = await db.transaction('clips').store.index('updatedAt').openCursor(null, 'prev');
      while (cursor && (limit === undefined || out.length < limit)) {
        out.push(cursor.value);
        cursor = await cursor.continue();
      }
      return out;
    }),
};
