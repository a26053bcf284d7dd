import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseMermaid, localesToBuild } from './index';

const base = {
  siteDir: '/site',
  themes: { light: 'neutral', dark: 'dark' },
  hasPlaywright: () => true,
} as const;

test('with a Chromium the diagrams are static and the mermaid theme is not loaded', () => {
  const setup = chooseMermaid({ ...base, env: {}, findBrowser: () => '/usr/bin/chromium' });
  assert.equal(setup.kind, 'static');
  assert.equal(setup.markdownMermaid, false);
  assert.deepEqual(setup.themes, []);
  assert.equal(setup.remarkPlugins.length, 1);
  assert.equal(setup.plugins.length, 1);
});

test('without a browser, or when asked, the mermaid theme renders in the reader’s browser', () => {
  for (const [env, findBrowser, reason] of [
    [{}, () => undefined, /no Chromium was found/],
    [{ CHROME_PATH: '/nope' }, () => undefined, /CHROME_PATH is set to \/nope/],
    [{ MERMAID_RENDER: 'client' }, () => '/usr/bin/chromium', /MERMAID_RENDER=client/],
  ] as const) {
    const setup = chooseMermaid({ ...base, env, findBrowser });
    assert.equal(setup.kind, 'client');
    if (setup.kind !== 'client') return;
    assert.match(setup.reason, reason);
    assert.equal(setup.markdownMermaid, true);
    assert.deepEqual(setup.themes, ['@docusaurus/theme-mermaid']);
    assert.deepEqual(setup.remarkPlugins, []);
  }
  const noPlaywright = chooseMermaid({
    ...base,
    env: {},
    findBrowser: () => '/usr/bin/chromium',
    hasPlaywright: () => false,
  });
  assert.equal(noPlaywright.kind, 'client');
});

test('the build order of locales: the default first, then the others as given', () => {
  const all = ['zh-Hans', 'en'];
  assert.deepEqual(localesToBuild(['node', 'docusaurus', 'build'], all, 'zh-Hans'), all);
  assert.deepEqual(localesToBuild(['build', '--locale', 'en'], all, 'zh-Hans'), ['en']);
  assert.deepEqual(localesToBuild(['build', '-l', 'en', 'zh-Hans'], all, 'zh-Hans'), all);
  assert.deepEqual(localesToBuild(['build', '--locale=en', '--out-dir', 'x'], all, 'zh-Hans'), [
    'en',
  ]);
  assert.deepEqual(
    localesToBuild(
      ['build', '--locale', 'en', '--no-minify', '--locale', 'zh-Hans'],
      all,
      'zh-Hans',
    ),
    all,
  );
});

test('postBuild closes the browser only after the last locale', async () => {
  let closed = 0;
  const setup = chooseMermaid({
    ...base,
    env: {},
    // a path no other test uses, so this renderer is this test's own
    findBrowser: () => '/test/postbuild-chromium',
    argv: ['docusaurus', 'build'],
  });
  assert.equal(setup.kind, 'static');
  const [remark] = setup.remarkPlugins as [[unknown, { render: unknown }]];
  assert.equal(typeof remark[1].render, 'function');
  const plugin = (setup.plugins[0] as () => { postBuild(props: unknown): Promise<void> })();
  // Swap the shared renderer's close (it would close a browser) for a counter.
  const registry = (globalThis as Record<symbol, Map<string, { close(): Promise<void> }>>)[
    Symbol.for('dist-perf-book.mermaid.renderers')
  ];
  registry.get('/test/postbuild-chromium')!.close = async () => {
    closed += 1;
  };
  const i18n = { locales: ['zh-Hans', 'en'], defaultLocale: 'zh-Hans' };
  await plugin.postBuild({ i18n: { ...i18n, currentLocale: 'zh-Hans' } });
  assert.equal(closed, 0, 'en still to build');
  await plugin.postBuild({ i18n: { ...i18n, currentLocale: 'en' } });
  assert.equal(closed, 1);
});
