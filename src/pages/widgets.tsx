import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import QueueLatencyExplorer from '@site/src/components/QueueLatencyExplorer';
import LittlesLawCalculator from '@site/src/components/LittlesLawCalculator';
import LatencyDistribution from '@site/src/components/LatencyDistribution';
import FanoutTail from '@site/src/components/FanoutTail';
import ScalabilityCurve from '@site/src/components/ScalabilityCurve';
import AvailabilityCalculator from '@site/src/components/AvailabilityCalculator';
import LoadBalancerSimulator from '@site/src/components/LoadBalancerSimulator';
import CacheHitRatio from '@site/src/components/CacheHitRatio';
import ConsistentHashRing from '@site/src/components/ConsistentHashRing';
import ShardSkew from '@site/src/components/ShardSkew';
import StorageAmplification from '@site/src/components/StorageAmplification';
import ReplicaLag from '@site/src/components/ReplicaLag';
import CoordinatedOmission from '@site/src/components/CoordinatedOmission';
import BatchingTradeoff from '@site/src/components/BatchingTradeoff';
import BackpressureSimulator from '@site/src/components/BackpressureSimulator';
import TcpThroughput from '@site/src/components/TcpThroughput';
import QuorumLatency from '@site/src/components/QuorumLatency';
import RetryAmplification from '@site/src/components/RetryAmplification';
import LatencyNumbers from '@site/src/components/LatencyNumbers';
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
    {
      name: 'LittlesLawCalculator',
      title: translate({
        id: 'widgets.gallery.littlesLawCalculator.title',
        message: '利特尔法则计算器',
      }),
      tryThis: translate({
        id: 'widgets.gallery.littlesLawCalculator.try',
        message:
          '保持到达率不变，把平均响应时间从 50 ms 拖到 500 ms，看需要的并发数（连接池、线程数）涨了多少；再切换到“求解吞吐量”，看固定并发上限时变慢如何直接吃掉吞吐。',
      }),
      widget: <LittlesLawCalculator />,
    },
    {
      name: 'LatencyDistribution',
      title: translate({
        id: 'widgets.gallery.latencyDistribution.title',
        message: '延迟分布与百分位数',
      }),
      tryThis: translate({
        id: 'widgets.gallery.latencyDistribution.try',
        message:
          '把慢请求占比从 2% 调到 0.5%，看 p99 从慢模式跳回主峰而 p99.9 仍留在慢模式；再把慢请求改为“按负载分散”，对比各主机 p99 的平均值与真实 p99。',
      }),
      widget: <LatencyDistribution />,
    },
    {
      name: 'CoordinatedOmission',
      title: translate({
        id: 'widgets.gallery.coordinatedOmission.title',
        message: '协调遗漏演示',
      }),
      tryThis: translate({
        id: 'widgets.gallery.coordinatedOmission.try',
        message:
          '先看默认值：每 10 秒停顿 1 秒，闭环工具报告的 p99 只有 10 毫秒，恒定速率工具却报告约 940 毫秒；把停顿时长拖到 0，两条曲线都变平；再把连接数加到 100，闭环工具的 p99 升到 100 毫秒，那只是它自己的连接在排队，每次停顿仍最多只有 100 个样本记录到它。',
      }),
      widget: <CoordinatedOmission />,
    },
    {
      name: 'FanoutTail',
      title: translate({ id: 'widgets.gallery.fanoutTail.title', message: '扇出与尾延迟' }),
      tryThis: translate({
        id: 'widgets.gallery.fanoutTail.try',
        message:
          '把扇出宽度从 1 拖到 1000，看 1% 的慢叶子如何变成几乎每个请求都要承受的延迟；再调对冲等待时间，找出多发约 1% 请求就能砍掉尾部的那个点。',
      }),
      widget: <FanoutTail />,
    },
    {
      name: 'ScalabilityCurve',
      title: translate({
        id: 'widgets.gallery.scalabilityCurve.title',
        message: '可扩展性曲线（USL）',
      }),
      tryThis: translate({
        id: 'widgets.gallery.scalabilityCurve.try',
        message:
          '把一致性系数 κ 从 0.001 调到 0.01，看峰值如何提前、峰后下滑如何变陡；再把自己压测的“并发数 吞吐量”粘贴进文本框，看拟合出的 σ、κ 和峰值。',
      }),
      widget: <ScalabilityCurve />,
    },
    {
      name: 'AvailabilityCalculator',
      title: translate({
        id: 'widgets.gallery.availabilityCalculator.title',
        message: '可用性计算器',
      }),
      tryThis: translate({
        id: 'widgets.gallery.availabilityCalculator.try',
        message:
          '保持单个组件 99.9%，把串联依赖从 1 加到 10，看整体掉到几个 9；再把每个组件的副本数从 1 调到 2，看并联能补回多少，并留意独立故障这一前提。',
      }),
      widget: <AvailabilityCalculator />,
    },
    {
      name: 'LoadBalancerSimulator',
      title: translate({
        id: 'widgets.gallery.loadBalancerSimulator.title',
        message: '负载均衡策略模拟器',
      }),
      tryThis: translate({
        id: 'widgets.gallery.loadBalancerSimulator.try',
        message:
          '先在同速服务器上把总利用率拖到 90% 以上，比较随机和二选一的 p99；再让一半服务器慢 3 倍：随机和轮询会把慢机器压垮，p99 涨到好几秒，而最少连接和二选一仍在几百毫秒以内。',
      }),
      widget: <LoadBalancerSimulator />,
    },
    {
      name: 'CacheHitRatio',
      title: translate({
        id: 'widgets.gallery.cacheHitRatio.title',
        message: '缓存命中率与 Zipf 分布',
      }),
      tryThis: translate({
        id: 'widgets.gallery.cacheHitRatio.try',
        message:
          '把 Zipf 指数从 0 调到 1.2，看同样 5% 的缓存，命中率如何从 5% 涨到三分之二左右；再把策略换成 FIFO，看模拟点落到 LRU 曲线下方多少。',
      }),
      widget: <CacheHitRatio />,
    },
    {
      name: 'ConsistentHashRing',
      title: translate({ id: 'widgets.gallery.consistentHashRing.title', message: '一致性哈希环' }),
      tryThis: translate({
        id: 'widgets.gallery.consistentHashRing.try',
        message:
          '先把虚拟节点数设为 1，看最忙的节点比平均多扛多少；再逐步加到 100 以上，看负载如何趋于均匀，同时对比新增节点时一致性哈希与哈希取模各要迁移多少键。',
      }),
      widget: <ConsistentHashRing />,
    },
    {
      name: 'ShardSkew',
      title: translate({ id: 'widgets.gallery.shardSkew.title', message: '分片倾斜模拟器' }),
      tryThis: translate({
        id: 'widgets.gallery.shardSkew.try',
        message:
          '先把分片数从 16 加到 64，看平均份额缩到四分之一，最忙分片的占比却只降了一点；再切到范围分片并选“最新的键最热”，看最后一个分片独揽大半流量；最后把最热的键拆成 4 个子键，看集群上限回升多少。',
      }),
      widget: <ShardSkew />,
    },
    {
      name: 'StorageAmplification',
      title: translate({
        id: 'widgets.gallery.storageAmplification.title',
        message: 'B+ 树与 LSM 树的三种放大',
      }),
      tryThis: translate({
        id: 'widgets.gallery.storageAmplification.try',
        message:
          '把层间大小比 T 从 10 调到 4 再调到 30：分层合并的写放大随 T 上升，分级合并的写放大反而下降，代价是点查要查的有序段更多；再把记录从 128 字节调到 1 KiB，看 B+ 树的写放大降到多少；最后把布隆过滤器位数调到 0，看点查 I/O 跳到多少。',
      }),
      widget: <StorageAmplification />,
    },
    {
      name: 'ReplicaLag',
      title: translate({
        id: 'widgets.gallery.replicaLag.title',
        message: '复制延迟与陈旧读',
      }),
      tryThis: translate({
        id: 'widgets.gallery.replicaLag.try',
        message:
          '保持平均延迟 200 ms，在指数、恒定和对数正态三种分布之间切换，先比较所有读里陈旧读的比例；再把“用户保存后多久再读”拉到 1 s，看长尾让用户看不到自己写入的概率高出多少；最后换成会话令牌，看代价如何变成多等的时间。',
      }),
      widget: <ReplicaLag />,
    },
    {
      name: 'BatchingTradeoff',
      title: translate({
        id: 'widgets.gallery.batchingTradeoff.title',
        message: '批处理的吞吐与延迟',
      }),
      tryThis: translate({
        id: 'widgets.gallery.batchingTradeoff.try',
        message:
          '把批大小上限调到 1，看 worker 利用率冲破 100%；再把最长等待从 5 ms 调到 0 和 20 ms，比较吞吐能力和每条消息多等的时间。',
      }),
      widget: <BatchingTradeoff />,
    },
    {
      name: 'BackpressureSimulator',
      title: translate({
        id: 'widgets.gallery.backpressureSimulator.title',
        message: '背压与突发流量',
      }),
      tryThis: translate({
        id: 'widgets.gallery.backpressureSimulator.try',
        message:
          '保持同一个突发，依次切换四种策略：无界队列不丢请求但等待一路攀升，丢弃新请求把等待封顶在 K/μ，阻塞生产者把积压推回上游；再调小队列上限，看丢弃量和最长等待如何此消彼长。',
      }),
      widget: <BackpressureSimulator />,
    },
    {
      name: 'TcpThroughput',
      title: translate({ id: 'widgets.gallery.tcpThroughput.title', message: 'TCP 吞吐量上限' }),
      tryThis: translate({
        id: 'widgets.gallery.tcpThroughput.try',
        message:
          '把接收窗口从 1 MiB 调到 4 MiB，瓶颈会从窗口换成丢包；再把丢包率降到 0.00001%，链路才真正跑满。',
      }),
      widget: <TcpThroughput />,
    },
    {
      name: 'QuorumLatency',
      title: translate({ id: 'widgets.gallery.quorumLatency.title', message: '仲裁读写延迟' }),
      tryThis: translate({
        id: 'widgets.gallery.quorumLatency.try',
        message:
          '保持 N = 3，把 R 调到 1、W 调到 3：读变快、写变慢，仍然读得到最新值；再把 W 也调到 1，看读到旧值的概率。',
      }),
      widget: <QuorumLatency />,
    },
    {
      name: 'RetryAmplification',
      title: translate({ id: 'widgets.gallery.retryAmplification.title', message: '重试放大' }),
      tryThis: translate({
        id: 'widgets.gallery.retryAmplification.try',
        message:
          '关闭重试预算，把调用链深度从 3 层加到 5 层，看最坏情况从 27 倍涨到 243 倍；再打开 10% 的预算对比。',
      }),
      widget: <RetryAmplification />,
    },
    {
      name: 'LatencyNumbers',
      title: translate({ id: 'widgets.gallery.latencyNumbers.title', message: '延迟数量级阶梯' }),
      tryThis: translate({
        id: 'widgets.gallery.latencyNumbers.try',
        message:
          '保持“1 ns 放大为 1 s”，把重点操作换成“同一数据中心内往返一次”和“机械硬盘寻道”：前者约 6 天，后者约 4 个月。',
      }),
      widget: <LatencyNumbers />,
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
