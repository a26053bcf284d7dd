import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import BookContents from '@site/src/components/BookContents';
import QueueLatencyExplorer from '@site/src/components/QueueLatencyExplorer';
import { bookTitle } from '@site/src/data/outline';
import styles from './index.module.css';

/**
 * This locale's whole-book PDF, which `npm run pdf` writes to build/pdf/ at the site's root (the
 * English site's base URL ends in /en/, the PDFs do not). A build without `npm run pdf` has no
 * PDF: the `pathname://` link is left out of Docusaurus' broken-link check on purpose.
 */
function usePdfHref(): string {
  const { siteConfig, i18n } = useDocusaurusContext();
  const localeSuffix = `${i18n.currentLocale}/`;
  const siteBase =
    i18n.currentLocale !== i18n.defaultLocale && siteConfig.baseUrl.endsWith(localeSuffix)
      ? siteConfig.baseUrl.slice(0, -localeSuffix.length)
      : siteConfig.baseUrl;
  return `pathname://${siteBase}pdf/distributed-performance-${i18n.currentLocale}.pdf`;
}

function Hero(): ReactNode {
  const pdfHref = usePdfHref();
  return (
    <header className={styles.hero}>
      <div className="container">
        <Heading as="h1" className={styles.title}>
          <span lang="zh-Hans">{`《${bookTitle['zh-Hans']}》`}</span>
        </Heading>
        <p className={styles.subtitle} lang="en">
          {bookTitle.en}
        </p>
        <p className={styles.lead}>
          <Translate id="home.hero.lead" description="One-sentence pitch under the book title">
            一本可以动手的书：从排队论、尾延迟到缓存、分片、网络与一致性，每个结论都有来源，每个模型都能拖动滑块亲眼验证。
          </Translate>
        </p>
        <div className={styles.actions}>
          <Link className="button button--primary button--lg" to="/docs/preface">
            <Translate id="home.hero.start" description="Main call to action on the home page">
              从前言开始阅读
            </Translate>
          </Link>
          <Link
            className="button button--secondary button--lg"
            to={pdfHref}
            autoAddBaseUrl={false}
            type="application/pdf"
          >
            <Translate id="home.hero.pdf" description="Link to the whole book as one PDF file">
              下载 PDF
            </Translate>
          </Link>
        </div>
      </div>
    </header>
  );
}

function Audience(): ReactNode {
  return (
    <section className={styles.section} aria-labelledby="audience">
      <Heading as="h2" id="audience">
        <Translate id="home.audience.title">这本书写给谁</Translate>
      </Heading>
      <p>
        <Translate id="home.audience.body" description="Who the book is for">
          写给后端工程师、SRE 与架构师：从第一次被 p99
          告警叫醒的新人，到想弄清经验法则背后模型的资深工程师。每章由直觉入手，再讲机制、数字与模型，然后是实践与陷阱；初学者读完直觉部分即可收获，专家能找到公式、假设、原始文献和配置项的真实名字。
        </Translate>
      </p>
    </section>
  );
}

function Taste(): ReactNode {
  return (
    <section className={styles.section} aria-labelledby="try-it">
      <Heading as="h2" id="try-it">
        <Translate id="home.taste.title">动手试试</Translate>
      </Heading>
      <p>
        <Translate id="home.taste.body" description="Sentence above the home page's sample widget">
          把利用率从 50% 拖到 90%，先猜平均响应时间会变成几倍，再看
          p99：这就是第一部分要讲的排队模型。
        </Translate>
      </p>
      <QueueLatencyExplorer />
      <p>
        <Link to="/widgets">
          <Translate id="home.taste.gallery">查看全部交互模型</Translate>
        </Link>
      </p>
    </section>
  );
}

function HowToRead(): ReactNode {
  return (
    <section className={styles.section} aria-labelledby="how-to-read">
      <Heading as="h2" id="how-to-read">
        <Translate id="home.howToRead.title">如何阅读</Translate>
      </Heading>
      <ul>
        <li>
          <Translate id="home.howToRead.order">
            第一部分（基础篇）建立全书的词汇和模型，建议先读；之后各部分相对独立，可按手头的问题跳读。
          </Translate>
        </li>
        <li>
          <Translate id="home.howToRead.widgets">
            文中的交互图表由经过测试的模型实时计算：改变参数，观察延迟、吞吐量与成本如何响应，再对照正文的公式。
          </Translate>
        </li>
        <li>
          <Translate id="home.howToRead.language">
            每一页都有中英两种语言，内容与小节一一对应；右上角切换语言时停留在同一章、同一小节。
          </Translate>
        </li>
      </ul>
    </section>
  );
}

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({ id: 'home.meta.title', message: '首页' })}
      description={translate({
        id: 'home.meta.description',
        message:
          '《分布式系统的多维度性能优化：从入门到精通》：一本中英双语、可交互的分布式系统性能优化书。',
      })}
    >
      <Hero />
      <main className="container">
        <Audience />
        <section className={styles.section} aria-labelledby="contents">
          <Heading as="h2" id="contents">
            <Translate id="home.contents.title">目录</Translate>
          </Heading>
          <BookContents />
        </section>
        <Taste />
        <HowToRead />
      </main>
    </Layout>
  );
}
