import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import QueueLatencyExplorer from '@site/src/components/QueueLatencyExplorer';
import styles from './widgets.module.css';

interface GalleryEntry {
  /** Anchor and data-widget name. */
  readonly name: string;
  readonly title: string;
  /** One sentence on what to try. */
  readonly tryThis: string;
  readonly widget: ReactNode;
}

function entries(): GalleryEntry[] {
  return [
    {
      name: 'QueueLatencyExplorer',
      title: translate({ id: 'widgets.gallery.queue.title', message: '排队延迟探索器' }),
      tryThis: translate({
        id: 'widgets.gallery.queue.try',
        message:
          '把利用率拖过 80%，盯住 p99 而不是平均值；再把服务台数从 1 调到 4，看同样利用率下尾延迟如何缩短。',
      }),
      widget: <QueueLatencyExplorer />,
    },
  ];
}

/** Every widget of the book on one page, each with a sentence on what to try. */
export default function WidgetGallery(): ReactNode {
  const list = entries();
  return (
    <Layout
      title={translate({ id: 'widgets.gallery.meta.title', message: '交互模型' })}
      description={translate({
        id: 'widgets.gallery.meta.description',
        message:
          '本书全部交互模型：排队、可扩展性、尾延迟、缓存、哈希、网络与仲裁，每个都由经过测试的模型计算。',
      })}
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="widgets.gallery.heading">交互模型</Translate>
        </Heading>
        <p>
          <Translate id="widgets.gallery.intro">
            这里汇集了书中所有的交互图表。每个图表都由 src/lib/models
            中经过单元测试的模型实时计算；参数会写进网址，可以直接分享。
          </Translate>
        </p>
        <nav aria-label={translate({ id: 'widgets.gallery.toc', message: '模型列表' })}>
          <ul className={styles.toc}>
            {list.map((entry) => (
              <li key={entry.name}>
                <Link to={`#${entry.name}`}>{entry.title}</Link>
              </li>
            ))}
          </ul>
        </nav>
        {list.map((entry) => (
          <section key={entry.name} className={styles.entry}>
            <Heading as="h2" id={entry.name}>
              {entry.title}
            </Heading>
            <p>{entry.tryThis}</p>
            {entry.widget}
          </section>
        ))}
      </main>
    </Layout>
  );
}
