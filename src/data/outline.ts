/**
 * The book's table of contents, from the author's outline (shared/seed-outline.md): 8 parts,
 * 23 chapters. This is the one place the structure is typed. The sidebar, the home page and the
 * content checks derive from it; whether a chapter is written is read from the docs themselves.
 *
 * Paths follow `docs/<NN-part-slug>/<NN-chapter-slug>.mdx`, and the doc id is the path without
 * the extension.
 */
/** The book's title in both languages; the home page shows both whatever the locale. */
export const bookTitle = {
  'zh-Hans': '分布式系统的多维度性能优化：从入门到精通',
  en: 'Distributed Systems Performance Optimization: From Beginner to Expert',
} as const;

export interface ChapterOutline {
  /** Chapter number in the book, 1..23. */
  readonly number: number;
  /** ASCII kebab-case slug without the number prefix. */
  readonly slug: string;
  readonly title: { readonly 'zh-Hans': string; readonly en: string };
}

export interface PartOutline {
  /** Part number, 1..8. */
  readonly number: number;
  readonly slug: string;
  readonly title: { readonly 'zh-Hans': string; readonly en: string };
  readonly chapters: readonly ChapterOutline[];
}

export const outline: readonly PartOutline[] = [
  {
    number: 1,
    slug: 'foundations',
    title: {
      'zh-Hans': '基础篇：性能优化的核心认知',
      en: 'Foundations: How to Think About Performance',
    },
    chapters: [
      {
        number: 1,
        slug: 'why-performance',
        title: { 'zh-Hans': '为什么要优化性能', en: 'Why Performance Matters' },
      },
      {
        number: 2,
        slug: 'key-metrics',
        title: {
          'zh-Hans': '分布式系统性能的关键指标',
          en: 'Key Metrics of Distributed System Performance',
        },
      },
      {
        number: 3,
        slug: 'optimization-mindset',
        title: { 'zh-Hans': '性能优化的整体思维', en: 'The Optimization Mindset' },
      },
    ],
  },
  {
    number: 2,
    slug: 'architecture',
    title: { 'zh-Hans': '架构层面的性能优化', en: 'Architecture-Level Optimization' },
    chapters: [
      {
        number: 4,
        slug: 'high-concurrency',
        title: { 'zh-Hans': '高并发架构设计', en: 'Architecture for High Concurrency' },
      },
      {
        number: 5,
        slug: 'scaling',
        title: { 'zh-Hans': '水平扩展与垂直扩展', en: 'Scaling Out and Scaling Up' },
      },
      {
        number: 6,
        slug: 'service-boundaries',
        title: { 'zh-Hans': '服务拆分与边界设计', en: 'Service Decomposition and Boundaries' },
      },
    ],
  },
  {
    number: 3,
    slug: 'communication-and-data',
    title: { 'zh-Hans': '通信与数据层优化', en: 'Communication and Data Layers' },
    chapters: [
      {
        number: 7,
        slug: 'inter-service-communication',
        title: { 'zh-Hans': '服务间通信优化', en: 'Inter-Service Communication' },
      },
      { number: 8, slug: 'caching', title: { 'zh-Hans': '缓存优化', en: 'Caching' } },
      {
        number: 9,
        slug: 'databases-and-storage',
        title: { 'zh-Hans': '数据库与存储优化', en: 'Databases and Storage' },
      },
      {
        number: 10,
        slug: 'message-queues',
        title: {
          'zh-Hans': '消息队列与异步处理优化',
          en: 'Message Queues and Asynchronous Processing',
        },
      },
    ],
  },
  {
    number: 4,
    slug: 'systems-and-platform',
    title: { 'zh-Hans': '系统与平台层优化', en: 'Systems and Platform' },
    chapters: [
      {
        number: 11,
        slug: 'virtualization-and-containers',
        title: { 'zh-Hans': '虚拟化与容器化环境调优', en: 'Virtualization and Containers' },
      },
      {
        number: 12,
        slug: 'service-mesh',
        title: { 'zh-Hans': 'Service Mesh 的性能优化', en: 'Service Mesh Performance' },
      },
      {
        number: 13,
        slug: 'network-performance',
        title: { 'zh-Hans': '网络性能优化', en: 'Network Performance' },
      },
    ],
  },
  {
    number: 5,
    slug: 'engineering-practice',
    title: { 'zh-Hans': '工程实践与观测优化', en: 'Engineering Practice and Observability' },
    chapters: [
      {
        number: 14,
        slug: 'benchmarking',
        title: { 'zh-Hans': '性能基准测试（Benchmarking）', en: 'Benchmarking' },
      },
      {
        number: 15,
        slug: 'observability',
        title: { 'zh-Hans': '可观测性与性能监控', en: 'Observability and Performance Monitoring' },
      },
      {
        number: 16,
        slug: 'operations-and-cicd',
        title: { 'zh-Hans': '运维与 CI/CD 优化', en: 'Operations and CI/CD' },
      },
    ],
  },
  {
    number: 6,
    slug: 'advanced-topics',
    title: { 'zh-Hans': '高阶专题', en: 'Advanced Topics' },
    chapters: [
      {
        number: 17,
        slug: 'consistency-tradeoffs',
        title: {
          'zh-Hans': '分布式一致性与性能权衡',
          en: 'Consistency and Performance Trade-offs',
        },
      },
      {
        number: 18,
        slug: 'multi-datacenter',
        title: {
          'zh-Hans': '跨数据中心与多活架构优化',
          en: 'Cross-Datacenter and Active-Active Architectures',
        },
      },
      {
        number: 19,
        slug: 'ai-driven-optimization',
        title: { 'zh-Hans': 'AI 驱动的性能优化', en: 'AI-Driven Performance Optimization' },
      },
    ],
  },
  {
    number: 7,
    slug: 'case-studies',
    title: { 'zh-Hans': '实战案例', en: 'Case Studies' },
    chapters: [
      {
        number: 20,
        slug: 'industry-practices',
        title: {
          'zh-Hans': '大型互联网企业的性能优化实践',
          en: 'Performance at Large Internet Companies',
        },
      },
      {
        number: 21,
        slug: 'end-to-end-tuning',
        title: {
          'zh-Hans': '综合优化实战：从问题发现到最终调优',
          en: 'End-to-End Tuning: From Symptom to Verified Fix',
        },
      },
    ],
  },
  {
    number: 8,
    slug: 'summary-and-outlook',
    title: { 'zh-Hans': '总结与展望', en: 'Summary and Outlook' },
    chapters: [
      {
        number: 22,
        slug: 'best-practices-checklist',
        title: {
          'zh-Hans': '性能优化的最佳实践清单',
          en: 'The Performance Best-Practices Checklist',
        },
      },
      {
        number: 23,
        slug: 'future-trends',
        title: {
          'zh-Hans': '分布式性能优化的未来趋势',
          en: 'Future Trends in Distributed Performance',
        },
      },
    ],
  },
];

const pad = (n: number): string => String(n).padStart(2, '0');

/** `01-foundations` */
export function partDir(part: PartOutline): string {
  return `${pad(part.number)}-${part.slug}`;
}

/** `01-foundations/01-why-performance`: the doc id and the path under docs/ without `.mdx`. */
export function chapterDocId(part: PartOutline, chapter: ChapterOutline): string {
  return `${partDir(part)}/${pad(chapter.number)}-${chapter.slug}`;
}

/** Chapter `number` with its part, or undefined if the outline has no such chapter. */
export function findChapter(
  number: number,
): { part: PartOutline; chapter: ChapterOutline } | undefined {
  for (const part of outline) {
    const chapter = part.chapters.find((c) => c.number === number);
    if (chapter) return { part, chapter };
  }
  return undefined;
}
