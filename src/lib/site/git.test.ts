import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { insideGitWorkTree } from './git';

test('the book sources are a git work tree', () => {
  assert.equal(insideGitWorkTree(path.join(__dirname, '../../..')), true);
});

test('a folder outside any repository is not, and a missing folder is not either', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'book-no-git-'));
  try {
    assert.equal(insideGitWorkTree(dir), false);
    assert.equal(insideGitWorkTree(path.join(dir, 'missing')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
