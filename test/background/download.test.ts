import { describe, expect, it } from 'vitest';
import { downloadText, MARKDOWN_TYPE, safeDownloadName, tailOfPath, type DownloadDeps } from '../../src/background/download';
import { DownloadError } from '../../src/messaging/errors';

function fakeDeps(end: Awaited<ReturnType<DownloadDeps['waitForEnd']>> = { state: 'complete' }, refuse = false) {
  const log: string[] = [];
  const deps: DownloadDeps = {
    createUrl: async (text, type) => {
      log.push(`create ${type} ${text.length}`);
      return 'blob:1';
    },
    revokeUrl: async (url) => void log.push(`revoke ${url}`),
    download: async (o) => {
      if (refuse) throw new Error('Invalid filename');
      log.push(`download ${o.url} ${o.filename} saveAs=${o.saveAs} ${o.conflictAction}`);
      return 42;
    },
    waitForEnd: async (id) => {
      log.push(`wait ${id}`);
      return end;
    },
  };
  return { deps, log };
}

describe('downloadText', () => {
  it('downloads under the archive path and revokes the URL only after the download ended', async () => {
    const { deps, log } = fakeDeps();
    expect(await downloadText(deps, 'hello', '_posts/2024-01-01-a.md')).toEqual({ downloadId: 42, filename: '_posts/2024-01-01-a.md' });
    expect(log).toEqual([
      `create ${MARKDOWN_TYPE} 5`,
      'download blob:1 _posts/2024-01-01-a.md saveAs=false uniquify',
      'wait 42',
      'revoke blob:1',
    ]);
  });

  it('revokes and reports a DownloadError when the browser refuses or interrupts', async () => {
    const refused = fakeDeps({ state: 'complete' }, true);
    await expect(downloadText(refused.deps, 'x', 'a.md')).rejects.toThrow(DownloadError);
    expect(refused.log).toContain('revoke blob:1');
    const interrupted = fakeDeps({ state: 'interrupted', error: 'FILE_NO_SPACE' });
    await expect(downloadText(interrupted.deps, 'x', 'a.md')).rejects.toThrow(/FILE_NO_SPACE/);
    expect(interrupted.log.at(-1)).toBe('revoke blob:1');
  });
});

describe('name clashes', () => {
  it('replaces the file of the same article and lets the browser rename any other clash', async () => {
    const same = fakeDeps();
    await downloadText(same.deps, 'x', '_posts/a.md', { sameArticle: true });
    expect(same.log[1]).toBe('download blob:1 _posts/a.md saveAs=false overwrite');
    const other = fakeDeps();
    await downloadText(other.deps, 'x', '_posts/a.md', { sameArticle: false });
    expect(other.log[1]).toBe('download blob:1 _posts/a.md saveAs=false uniquify');
  });
});

describe('the name the file got', () => {
  it('reports the browser’s final name with the same number of path parts', async () => {
    const { deps } = fakeDeps({ state: 'complete', file: '/home/me/Downloads/_posts/2024-01-01-a (1).md' });
    expect(await downloadText(deps, 'x', '_posts/2024-01-01-a.md')).toMatchObject({ savedAs: '_posts/2024-01-01-a (1).md' });
    expect(tailOfPath('C:\\Users\\me\\Downloads\\_posts\\a.md', 2)).toBe('_posts/a.md');
  });
});

describe('safeDownloadName', () => {
  it.each([
    ['_posts/2021-07-10-why-china.md', '_posts/2021-07-10-why-china.md'],
    ['/_posts//a.md', '_posts/a.md'],
    ['../../etc/passwd.md', 'etc/passwd.md'],
    ['_posts\\a:b?.md', '_posts/a-b-.md'],
    ['_posts/.hidden.md ', '_posts/hidden.md'],
    ['_posts/2024-01-01-中国科技.md', '_posts/2024-01-01-中国科技.md'],
    ['', 'clip.md'],
  ])('%s → %s', (input, expected) => {
    expect(safeDownloadName(input)).toBe(expected);
  });
});
