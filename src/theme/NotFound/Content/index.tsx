import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type { Props } from '@theme/NotFound/Content';

/**
 * The 404 page, in the reader's language: chapters move while the book is being written, so it
 * points to the table of contents, the preface and the search box rather than a dead end.
 */
export default function NotFoundContent({ className }: Props): ReactNode {
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--6 col--offset-3">
          <Heading as="h1" className="hero__title">
            <Translate id="theme.NotFound.title" description="The title of the 404 page">
              找不到这一页
            </Translate>
          </Heading>
          <p>
            <Translate id="book.notFound.body" description="Body of the 404 page">
              这个地址没有对应的页面。章节仍在陆续完成，地址可能已经变化；可以用右上角的搜索，或从目录重新进入。
            </Translate>
          </p>
          <ul>
            <li>
              <Link to="/">
                <Translate id="book.notFound.contents">首页与目录</Translate>
              </Link>
            </li>
            <li>
              <Link to="/docs/preface">
                <Translate id="book.notFound.preface">前言</Translate>
              </Link>
            </li>
            <li>
              <Link to="/widgets">
                <Translate id="book.notFound.widgets">交互模型</Translate>
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </main>
  );
}
