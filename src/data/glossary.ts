/**
 * The book's bilingual glossary: one entry per term, with its names in both languages, a
 * one-sentence definition in each, and the chapter that explains it. The glossary page and the
 * `<Term>` tag both read this file; the content checks fail when a chapter's `<Term id="...">`
 * names an id that is not here. Starting list: the authors' glossary-terms.md.
 */
export type GlossaryGroupId =
  | 'metrics'
  | 'queueing-and-scalability'
  | 'resilience'
  | 'architecture'
  | 'data-and-caching'
  | 'messaging-and-communication'
  | 'platform-and-network'
  | 'practice'
  | 'consistency-and-geography';

export interface GlossaryGroup {
  readonly id: GlossaryGroupId;
  readonly title: { readonly 'zh-Hans': string; readonly en: string };
}

export interface GlossaryTerm {
  /** ASCII kebab-case; the anchor on the glossary page and the `<Term id>` value. */
  readonly id: string;
  /** The name the book uses in Chinese prose. */
  readonly zh: string;
  /** The name the book uses in English prose. */
  readonly en: string;
  readonly group: GlossaryGroupId;
  /** One sentence in each language. */
  readonly definition: { readonly 'zh-Hans': string; readonly en: string };
  /** The chapter (1..23) that explains the term in depth. */
  readonly chapter: number;
}

export const glossaryGroups: readonly GlossaryGroup[] = [
  { id: 'metrics', title: { 'zh-Hans': '指标', en: 'Metrics' } },
  {
    id: 'queueing-and-scalability',
    title: { 'zh-Hans': '排队与可扩展性', en: 'Queueing and scalability' },
  },
  { id: 'resilience', title: { 'zh-Hans': '过载与韧性', en: 'Overload and resilience' } },
  { id: 'architecture', title: { 'zh-Hans': '架构', en: 'Architecture' } },
  { id: 'data-and-caching', title: { 'zh-Hans': '数据与缓存', en: 'Data and caching' } },
  {
    id: 'messaging-and-communication',
    title: { 'zh-Hans': '消息与通信', en: 'Messaging and communication' },
  },
  { id: 'platform-and-network', title: { 'zh-Hans': '平台与网络', en: 'Platform and network' } },
  { id: 'practice', title: { 'zh-Hans': '工程实践', en: 'Engineering practice' } },
  {
    id: 'consistency-and-geography',
    title: { 'zh-Hans': '一致性与跨地域', en: 'Consistency and geography' },
  },
];

export const glossary: readonly GlossaryTerm[] = [
  {
    id: 'throughput',
    zh: '吞吐量',
    en: 'throughput',
    group: 'metrics',
    definition: {
      'zh-Hans': '单位时间内系统完成的请求数或处理的字节数，例如每秒请求数（req/s）。',
      en: 'The number of requests a system completes, or bytes it moves, per unit of time, such as requests per second.',
    },
    chapter: 2,
  },
  {
    id: 'latency',
    zh: '延迟',
    en: 'latency',
    group: 'metrics',
    definition: {
      'zh-Hans':
        '一个操作从开始到结束所经历的时间，例如一次请求的往返或一次网络传输（网络语境中也常称时延），应当用分布（均值和各百分位）而不是单个数值来描述。',
      en: 'The time an operation takes from start to finish, such as the round trip of a request or one network transfer, best described by its distribution (the mean and the percentiles) rather than by a single number.',
    },
    chapter: 2,
  },
  {
    id: 'response-time',
    zh: '响应时间',
    en: 'response time',
    group: 'metrics',
    definition: {
      'zh-Hans':
        '从客户端发出请求到收到完整响应的总耗时，包括网络传输、排队等待和服务时间，对单个排队节点而言 R = W_q + S。',
      en: 'The total time from when a client sends a request to when it receives the complete response, including network transit, queueing and service, so that at a single queueing station R = W_q + S.',
    },
    chapter: 2,
  },
  {
    id: 'tail-latency',
    zh: '尾延迟',
    en: 'tail latency',
    group: 'metrics',
    definition: {
      'zh-Hans':
        '延迟分布高百分位处（如 p99、p99.9）的延迟，即最慢的那一小部分请求的延迟；在大规模扇出下，少数慢调用会拖慢很大一部分用户请求，因此它比均值更能反映用户体验。',
      en: 'The latency at the high percentiles of the distribution, such as p99 or p99.9, that is, the latency of the slowest small fraction of requests; under wide fan-out a few slow calls slow down a large share of user requests, so it reflects user experience better than the mean does.',
    },
    chapter: 2,
  },
  {
    id: 'percentile',
    zh: '百分位',
    en: 'percentile',
    group: 'metrics',
    definition: {
      'zh-Hans':
        '使至少 p% 的观测值不超过它的最小值，记作 p50（中位数）、p99 等，分位数（quantile）是以 0 到 1 之间的比例表示的同一概念；不同实例或不同调用跳的百分位不能相加或求平均，只能合并直方图后重新计算。',
      en: 'The smallest value that at least p% of the observations do not exceed, written p50 (the median), p99 and so on, a quantile being the same idea with the level given as a fraction between 0 and 1; percentiles from different hosts or hops cannot be added or averaged, only recomputed from merged histograms.',
    },
    chapter: 2,
  },
  {
    id: 'concurrency',
    zh: '并发度',
    en: 'concurrency',
    group: 'metrics',
    definition: {
      'zh-Hans':
        '某一时刻系统中已经开始但尚未完成的请求数（在途请求数），稳态下其均值由利特尔法则给出，即并发度 = 吞吐量 × 响应时间；并发能力则指系统在满足延迟目标的前提下能承受的最大并发度。',
      en: "The number of requests a system has started but not yet finished at a given moment (requests in flight), whose mean in steady state is throughput × response time by Little's law; concurrency capacity is the largest concurrency a system sustains while still meeting its latency target.",
    },
    chapter: 2,
  },
  {
    id: 'scalability',
    zh: '可扩展性',
    en: 'scalability',
    group: 'queueing-and-scalability',
    definition: {
      'zh-Hans':
        '系统在增加资源（CPU 核、节点）后处理能力随之增长的程度，通常用 N 份资源时的吞吐量与 1 份资源时之比 C(N) 衡量，线性扩展的理想情况下 C(N) = N。',
      en: "How far a system's capacity grows as resources (cores, nodes) are added, usually measured as the ratio C(N) of its throughput with N units to its throughput with one, which equals N in the ideal case of linear scaling.",
    },
    chapter: 2,
  },
  {
    id: 'availability',
    zh: '可用性',
    en: 'availability',
    group: 'metrics',
    definition: {
      'zh-Hans':
        '系统能够正常提供服务的时间比例，稳态下 A = MTBF / (MTBF + MTTR)，通常用“几个 9”表示，例如 99.99% 意味着每年约 52.6 分钟不可用。',
      en: 'The fraction of time a system is able to serve requests, in steady state A = MTBF / (MTBF + MTTR), usually quoted in nines, so that 99.99% allows about 52.6 minutes of downtime a year.',
    },
    chapter: 2,
  },
  {
    id: 'reliability',
    zh: '可靠性',
    en: 'reliability',
    group: 'metrics',
    definition: {
      'zh-Hans':
        '系统在规定条件下、规定时间内持续正确运行而不发生故障的能力，常用时长 t 内无故障的概率 R(t) 或平均故障间隔时间（MTBF）衡量。',
      en: 'The ability of a system to keep working correctly, without failure, under stated conditions for a stated period, usually measured as the probability R(t) of no failure within time t or as the mean time between failures (MTBF).',
    },
    chapter: 2,
  },
  {
    id: 'utilization',
    zh: '利用率',
    en: 'utilization',
    group: 'queueing-and-scalability',
    definition: {
      'zh-Hans':
        '资源处于忙碌状态的时间比例，由利用率定律 U = X·S 给出（单服务台队列中 ρ = λ/μ），ρ 越接近 1 排队延迟增长越快，在 M/M/1 中 R = S/(1 − ρ)。',
      en: 'The fraction of time a resource is busy, given by the utilization law U = X·S (ρ = λ/μ for a single-server queue), with queueing delay growing ever faster as ρ approaches 1, as in M/M/1 where R = S/(1 − ρ).',
    },
    chapter: 2,
  },
  {
    id: 'queueing-theory',
    zh: '排队论',
    en: 'queueing theory',
    group: 'queueing-and-scalability',
    definition: {
      'zh-Hans':
        '研究请求到达、排队等待和接受服务过程的数学理论，它用到达过程、服务时间分布和服务台数（如 M/M/1、M/G/1、M/M/c）刻画系统，给出等待时间、队列长度与利用率之间的定量关系。',
      en: 'The mathematical study of requests arriving, waiting and being served, which describes a system by its arrival process, service-time distribution and number of servers (M/M/1, M/G/1, M/M/c) and relates waiting time and queue length to utilization quantitatively.',
    },
    chapter: 2,
  },
  {
    id: 'littles-law',
    zh: '利特尔法则',
    en: "Little's law",
    group: 'queueing-and-scalability',
    definition: {
      'zh-Hans':
        '对任何稳定的系统，在足够长的观测期内，系统中的平均请求数等于平均到达率乘以每个请求的平均停留时间，即 L = λW，与到达过程和服务时间的分布无关。',
      en: 'In any stable system observed over a long enough interval, the mean number of requests in the system equals the mean arrival rate times the mean time each request spends in it, L = λW, whatever the arrival and service-time distributions.',
    },
    chapter: 2,
  },
  {
    id: 'universal-scalability-law',
    zh: '通用可扩展性定律',
    en: 'Universal Scalability Law (USL)',
    group: 'queueing-and-scalability',
    definition: {
      'zh-Hans':
        'Neil Gunther 提出的容量模型 C(N) = N / (1 + σ(N − 1) + κN(N − 1))，其中 σ 代表争用、κ 代表节点间一致性协调的开销，κ > 0 时吞吐量在 N* = √((1 − σ)/κ) 处达到峰值，之后规模越大吞吐量反而越低。',
      en: "Neil Gunther's capacity model C(N) = N / (1 + σ(N − 1) + κN(N − 1)), where σ is contention and κ is the coherency cost of coordination between nodes, so that with κ > 0 throughput peaks at N* = √((1 − σ)/κ) and then falls as N grows.",
    },
    chapter: 3,
  },
  {
    id: 'amdahls-law',
    zh: '阿姆达尔定律',
    en: "Amdahl's law",
    group: 'queueing-and-scalability',
    definition: {
      'zh-Hans':
        '对规模固定的任务，若可并行部分占比为 p，用 N 个处理单元时的加速比为 S(N) = 1 / ((1 − p) + p/N)，其上限为 1/(1 − p)，即串行部分决定了加速的天花板。',
      en: 'For a fixed-size task whose parallelizable fraction is p, the speedup on N processors is S(N) = 1 / ((1 − p) + p/N), which is bounded by 1/(1 − p), so the serial part sets the ceiling on the gain.',
    },
    chapter: 3,
  },
  {
    id: 'fan-out',
    zh: '扇出',
    en: 'fan-out',
    group: 'architecture',
    definition: {
      'zh-Hans':
        '一个请求并行调用 n 个下游服务或分片并等待全部结果，因此其延迟由最慢的子调用决定：若每个子调用独立地以概率 p 变慢，整个请求变慢的概率为 1 − (1 − p)^n。',
      en: 'A request that calls n downstream services or shards in parallel and waits for all of them, so its latency is set by the slowest call: if each call is independently slow with probability p, the request is slow with probability 1 − (1 − p)^n.',
    },
    chapter: 1,
  },
  {
    id: 'hedged-requests',
    zh: '对冲请求',
    en: 'hedged requests',
    group: 'resilience',
    definition: {
      'zh-Hans':
        '先向一个副本发送请求，若超过一段等待时间（通常取该类请求的 p95 延迟）仍未返回，再向另一个副本发送同一请求并采用先返回的结果，以几个百分点的额外负载换取尾延迟的大幅下降。',
      en: 'Sending a request to one replica and, if no reply has arrived after a short wait (often the p95 latency for that class of request), sending the same request to another replica and using whichever answers first, trading a few percent of extra load for a much shorter tail.',
    },
    chapter: 1,
  },
  {
    id: 'backpressure',
    zh: '背压',
    en: 'backpressure',
    group: 'resilience',
    definition: {
      'zh-Hans':
        '下游处理不过来时，通过有界队列和需求信号把“慢下来”的压力沿调用链反向传递给上游，使生产速率不超过消费速率，而不是任由无界队列把过载变成延迟飙升和内存耗尽。',
      en: 'Passing the signal that a downstream stage is saturated back up the chain, through bounded queues and demand signalling, so that producers slow to the rate consumers can sustain instead of letting unbounded queues turn overload into soaring latency and out-of-memory failures.',
    },
    chapter: 10,
  },
  {
    id: 'peak-shaving-and-valley-filling',
    zh: '削峰填谷',
    en: 'peak shaving and valley filling',
    group: 'messaging-and-communication',
    definition: {
      'zh-Hans':
        '用消息队列等缓冲暂存突发流量，让下游按自身稳定的处理速率 μ 消费：到达率 λ 超过 μ 时积压以 λ − μ 的速度增长，高峰过后再利用低谷把积压消化掉，代价是增加了排队延迟。',
      en: 'Absorbing a burst of traffic in a buffer such as a message queue so that the downstream consumes at its own steady rate μ: while the arrival rate λ exceeds μ the backlog grows at λ − μ, and it drains in the quieter period that follows, at the cost of added queueing delay (also called load leveling).',
    },
    chapter: 10,
  },
  {
    id: 'rate-limiting',
    zh: '限流',
    en: 'rate limiting',
    group: 'resilience',
    definition: {
      'zh-Hans':
        '限制单位时间内接受的请求数，超出的部分被拒绝或排队；例如以速率 r 补充令牌、容量为 b 的令牌桶保证任意长度为 t 的时间窗内放行的请求不超过 b + r·t。',
      en: 'Capping the number of requests accepted per unit of time and rejecting or queueing the excess, as with a token bucket refilled at rate r with capacity b, which admits at most b + r·t requests in any interval of length t.',
    },
    chapter: 12,
  },
  {
    id: 'circuit-breaking',
    zh: '熔断',
    en: 'circuit breaking',
    group: 'resilience',
    definition: {
      'zh-Hans':
        '对某个依赖的调用失败率或延迟超过阈值时，断路器从关闭状态切换到打开状态，在冷却期内直接快速失败，随后进入半开状态放行少量探测请求，成功后再恢复关闭，以防故障沿调用链蔓延。',
      en: 'When calls to a dependency fail or slow down past a threshold, the circuit breaker moves from closed to open and fails fast for a cool-down period, then goes half-open to let a few probe requests through and closes again if they succeed, which keeps a failure from cascading along the call chain.',
    },
    chapter: 12,
  },
  {
    id: 'graceful-degradation',
    zh: '降级',
    en: 'graceful degradation',
    group: 'resilience',
    definition: {
      'zh-Hans':
        '在过载或依赖故障时主动关闭或简化非核心功能（例如返回缓存数据、默认值或精简结果），以保住核心链路的可用性和延迟。',
      en: 'Deliberately switching off or simplifying non-essential features under overload or when a dependency fails (serving cached data, defaults or a reduced result) to protect the availability and latency of the core path.',
    },
    chapter: 12,
  },
  {
    id: 'timeout',
    zh: '超时',
    en: 'timeout',
    group: 'resilience',
    definition: {
      'zh-Hans':
        '调用方等待某个操作（建立连接、单次请求或整条调用链）的最长时间，超过即放弃并释放资源，应当依据依赖的延迟分布来设定（误超时率为 1 − F(timeout)），并把剩余的截止时间（deadline）传递给下游。',
      en: "The longest a caller waits for an operation (a connection, a single request or a whole call chain) before giving up and releasing its resources, which should be set from the dependency's latency distribution (the false-timeout rate is 1 − F(timeout)) and passed downstream as the remaining deadline.",
    },
    chapter: 12,
  },
  {
    id: 'retry',
    zh: '重试',
    en: 'retry',
    group: 'resilience',
    definition: {
      'zh-Hans':
        '操作失败或超时后再次发起，只有幂等或带幂等键的请求才能安全重试，并且应限制次数（总尝试通常不超过 3 次）、采用带随机抖动的指数退避并受重试预算约束。',
      en: 'Reissuing an operation after it fails or times out, which is safe only for idempotent requests or those carrying an idempotency key and should be capped in attempts (usually no more than three in total), spaced by exponential backoff with jitter and bounded by a retry budget.',
    },
    chapter: 12,
  },
  {
    id: 'retry-storm',
    zh: '重试风暴',
    en: 'retry storm',
    group: 'resilience',
    definition: {
      'zh-Hans':
        '下游变慢或出错时各层调用方同时重试，使请求量成倍放大并压垮本已过载的服务：d 层调用每层最多重试 r 次时，最深一层的依赖对每个原始请求最多会收到 (r + 1)^d 次尝试。',
      en: 'A surge in which callers at every layer retry at once when a dependency slows or fails, multiplying the load on a service that is already overloaded: with up to r retries at each of d layers, the deepest dependency can receive up to (r + 1)^d attempts per original request.',
    },
    chapter: 12,
  },
  {
    id: 'load-balancing',
    zh: '负载均衡',
    en: 'load balancing',
    group: 'architecture',
    definition: {
      'zh-Hans':
        '把请求分配到多个后端实例上，使负载均匀并避开变慢或故障的实例，常见策略有轮询、随机、最少请求和“二选一”（power of two choices，随机挑两个实例、选负载较轻的那个）。',
      en: 'Distributing requests across backend instances so that load is even and slow or failed instances are avoided, with policies such as round robin, random, least requests and the power of two choices (pick two instances at random and send to the less loaded one).',
    },
    chapter: 5,
  },
  {
    id: 'autoscaling',
    zh: '自动扩缩容',
    en: 'autoscaling',
    group: 'architecture',
    definition: {
      'zh-Hans':
        '根据 CPU 利用率、请求速率或队列长度等指标自动增减实例数，例如 Kubernetes HPA 按 desiredReplicas = ⌈currentReplicas × currentMetric / desiredMetric⌉ 计算副本数，而新实例就绪需要时间，因此被动扩容总是滞后于流量变化。',
      en: 'Adding or removing instances automatically from a metric such as CPU utilization, request rate or queue length, as the Kubernetes HPA does with desiredReplicas = ⌈currentReplicas × currentMetric / desiredMetric⌉, and because new instances take time to become ready, reactive scaling always lags behind the load.',
    },
    chapter: 5,
  },
  {
    id: 'scale-up',
    zh: '垂直扩展',
    en: 'scale-up',
    group: 'architecture',
    definition: {
      'zh-Hans':
        '通过给单台机器换用更多或更快的 CPU、更大的内存和更快的存储来提升容量，无需改动分布式架构，但受限于能买到的最大机型，仍是单点故障，且价格通常随规格超线性上涨。',
      en: 'Increasing capacity by giving a single machine more or faster CPUs, more memory or faster storage, which needs no change to the distributed design but is limited by the largest machine available, remains a single point of failure and usually costs more than linearly.',
    },
    chapter: 5,
  },
  {
    id: 'scale-out',
    zh: '水平扩展',
    en: 'scale-out',
    group: 'architecture',
    definition: {
      'zh-Hans':
        '通过增加机器或实例的数量并在它们之间分摊负载来提升容量，可以突破单机上限并提高可用性，但要求服务无状态或数据可分片，并引入负载均衡和节点间协调的开销。',
      en: 'Increasing capacity by adding machines or instances and spreading the load across them, which goes beyond the limit of any single machine and improves availability but requires stateless services or partitioned data and adds load-balancing and coordination overhead.',
    },
    chapter: 5,
  },
  {
    id: 'sharding',
    zh: '分片',
    en: 'sharding',
    group: 'data-and-caching',
    definition: {
      'zh-Hans':
        '按分片键（通过哈希或范围）把数据集及其负载划分到多个节点上，每个节点只负责其中一部分（也称分区，partitioning）；哈希分片分布均匀但失去范围扫描能力，范围分片保留范围扫描却容易形成热点。',
      en: 'Dividing a data set, and the load on it, across nodes by a shard key (by hash or by range) so that each node owns one part (also called partitioning); hash sharding spreads load evenly but loses range scans, while range sharding keeps range scans but invites hotspots.',
    },
    chapter: 4,
  },
  {
    id: 'replica',
    zh: '副本',
    en: 'replica',
    group: 'data-and-caching',
    definition: {
      'zh-Hans':
        '同一份数据（或同一个服务）在另一个节点上保存的完整拷贝，用于容错、分担读负载和就近访问，代价是每次写入都要同步到各个副本并处理副本之间的一致性。',
      en: 'A full copy of the same data (or the same service) kept on another node for fault tolerance, read scaling and locality, at the cost of propagating every write to all copies and managing their consistency.',
    },
    chapter: 4,
  },
  {
    id: 'database-and-table-sharding',
    zh: '分库分表',
    en: 'database and table sharding',
    group: 'data-and-caching',
    definition: {
      'zh-Hans':
        '把单个关系型数据库的数据按业务垂直拆分到多个库，或按分片键水平拆分到多个库和多张表中，以突破单库在连接数、写入吞吐和存储容量上的上限，代价是跨分片查询、分布式事务和扩容时的数据迁移。',
      en: "Splitting the data of a single relational database vertically by business domain into several databases, or horizontally by a shard key across several databases and tables, to get past one database's limits on connections, write throughput and storage, at the cost of cross-shard queries, distributed transactions and data migration when resharding.",
    },
    chapter: 9,
  },
  {
    id: 'read-write-splitting',
    zh: '读写分离',
    en: 'read/write splitting',
    group: 'data-and-caching',
    definition: {
      'zh-Hans':
        '写请求发往主库、读请求分流到一个或多个只读从库，从而扩展读能力（但不能扩展写能力）；由于复制存在延迟，写后立即读可能读到旧数据，需要把这类读请求路由到主库或借助会话令牌来保证“读己之写”。',
      en: 'Sending writes to the primary and spreading reads across one or more read-only replicas, which scales reads but not writes; because replication lags, a read right after a write may return stale data unless such reads go to the primary or carry a session token that guarantees read-your-writes.',
    },
    chapter: 9,
  },
  {
    id: 'hot-cold-data-tiering',
    zh: '冷热数据分层',
    en: 'hot/cold data tiering',
    group: 'data-and-caching',
    definition: {
      'zh-Hans':
        '按访问频率把数据分层存放：频繁访问的热数据放在内存或 SSD 等快而贵的介质上，很少访问的冷数据迁移到 HDD 或对象存储等慢而便宜的介质上，以较低的成本保住主要访问路径的性能。',
      en: 'Placing data by how often it is accessed, with frequently read hot data on fast, expensive media such as memory or SSD and rarely read cold data moved to slow, cheap media such as HDD or object storage, so that the common path stays fast at a lower cost.',
    },
    chapter: 9,
  },
  {
    id: 'index',
    zh: '索引',
    en: 'index',
    group: 'data-and-caching',
    definition: {
      'zh-Hans':
        '为加速按某些列查找而额外维护的有序数据结构（最常见的是 B+ 树），把查找从全表扫描的 O(N) 降到约 O(log N)，代价是额外的存储空间以及每次写入时的维护开销。',
      en: 'An additional ordered data structure (most often a B+ tree) maintained to speed up lookups by certain columns, cutting a lookup from an O(N) full table scan to about O(log N), at the cost of extra storage and extra work on every write.',
    },
    chapter: 9,
  },
  {
    id: 'cache-hit-ratio',
    zh: '缓存命中率',
    en: 'cache hit ratio',
    group: 'data-and-caching',
    definition: {
      'zh-Hans':
        '直接由缓存返回的请求占全部请求的比例 h，平均访问时间为 h·t_hit + (1 − h)·t_miss，回源负载为 (1 − h)·λ，因此命中率从 99% 提高到 99.9% 能让后端负载降到原来的十分之一。',
      en: 'The fraction h of requests served from the cache, which makes the mean access time h·t_hit + (1 − h)·t_miss and the load reaching the backend (1 − h)·λ, so raising h from 99% to 99.9% cuts backend load tenfold.',
    },
    chapter: 8,
  },
  {
    id: 'cache-penetration',
    zh: '缓存穿透',
    en: 'cache penetration',
    group: 'data-and-caching',
    definition: {
      'zh-Hans':
        '请求查询的 key 在缓存和数据库中都不存在，因此每次都会穿过缓存直接打到数据库上（常见于恶意攻击或程序缺陷），通常用缓存空值或布隆过滤器提前拦截来应对。',
      en: 'Requests for keys that exist neither in the cache nor in the database, so that every one of them passes through the cache to the database (often from malicious or buggy clients), usually countered by caching the empty result or screening keys with a Bloom filter.',
    },
    chapter: 8,
  },
  {
    id: 'cache-breakdown',
    zh: '缓存击穿',
    en: 'cache breakdown',
    group: 'data-and-caching',
    definition: {
      'zh-Hans':
        '某个被高并发访问的热点 key 过期或被淘汰的瞬间，大量并发请求同时未命中并一起回源重建，在重建耗时 δ 内约有 λ·δ 个请求压到数据库上，常用互斥锁（single-flight）、租约、逻辑过期或提前概率性刷新来避免。',
      en: 'The moment a single heavily accessed hot key expires or is evicted and many concurrent requests miss together and all go to the database to rebuild it, about λ·δ of them during a rebuild time δ, which a mutex (single-flight), leases, logical expiry or early probabilistic refresh prevents.',
    },
    chapter: 8,
  },
  {
    id: 'cache-avalanche',
    zh: '缓存雪崩',
    en: 'cache avalanche',
    group: 'data-and-caching',
    definition: {
      'zh-Hans':
        '大量 key 在同一时刻集中过期，或缓存层整体宕机，使原本由缓存承接的流量同时压到数据库上并可能引发级联故障，常用过期时间加随机抖动、缓存集群高可用、多级缓存以及限流降级来防范。',
      en: 'A large number of keys expiring at the same moment, or the whole cache tier failing, so that the traffic the cache used to absorb lands on the database at once and can set off a cascading failure, guarded against with jittered TTLs, a highly available cache cluster, multi-level caching, and rate limiting with graceful degradation.',
    },
    chapter: 8,
  },
  {
    id: 'cache-consistency',
    zh: '缓存一致性',
    en: 'cache consistency',
    group: 'data-and-caching',
    definition: {
      'zh-Hans':
        '缓存中的数据与数据库中的权威数据保持一致的程度；在常见的旁路缓存（cache-aside）模式下，即使“先更新数据库、再删除缓存”也存在并发竞态，可能把旧数据留在缓存中，可用租约、版本号或订阅数据库变更日志（如 MySQL 的 binlog）触发失效来收窄不一致窗口。',
      en: 'How closely the data in a cache matches the authoritative data in the database; in the common cache-aside pattern even "update the database, then delete the cache entry" still allows races that can leave stale data in the cache, a window that leases, version numbers or invalidation driven by the change log of the database (such as the MySQL binlog) narrow.',
    },
    chapter: 8,
  },
  {
    id: 'multi-level-cache',
    zh: '多级缓存',
    en: 'multi-level cache',
    group: 'data-and-caching',
    definition: {
      'zh-Hans':
        '在请求路径上串联多层缓存（如 CDN、进程内本地缓存和 Redis 等分布式缓存），两级时总命中率为 h = h1 + (1 − h1)·h2，其中 h2 是一级缓存未命中的请求在二级缓存中的命中率，代价是各层之间的一致性更难维护。',
      en: 'Several cache layers chained along the request path (a CDN, an in-process local cache, a distributed cache such as Redis), where two levels give an overall hit ratio h = h1 + (1 − h1)·h2 with h2 the hit ratio of the second level on first-level misses, at the cost of harder consistency across the layers.',
    },
    chapter: 8,
  },
  {
    id: 'consistent-hashing',
    zh: '一致性哈希',
    en: 'consistent hashing',
    group: 'data-and-caching',
    definition: {
      'zh-Hans':
        '把节点和 key 都哈希到同一个环上，每个 key 归属于顺时针方向遇到的第一个节点，因此向 N 个节点中加入一个节点时只需迁移约 1/(N + 1) 的 key，而取模哈希需要迁移约 N/(N + 1)。',
      en: 'Hashing both nodes and keys onto the same ring and assigning each key to the first node clockwise from it, so that adding a node to N nodes moves only about 1/(N + 1) of the keys, where mod-N hashing moves about N/(N + 1).',
    },
    chapter: 4,
  },
  {
    id: 'virtual-node',
    zh: '虚拟节点',
    en: 'virtual node',
    group: 'data-and-caching',
    definition: {
      'zh-Hans':
        '一致性哈希中每个物理节点在环上占据的多个位置之一（token），每个节点有 V 个虚拟节点时负载的变异系数约为 1/√V，节点增删时需要迁移的数据也会分散到许多节点上。',
      en: 'One of the several positions (tokens) each physical node takes on a consistent-hashing ring; with V virtual nodes per node the coefficient of variation of load falls to about 1/√V, and the data moved when a node joins or leaves is spread across many nodes.',
    },
    chapter: 4,
  },
  {
    id: 'distributed-lock',
    zh: '分布式锁',
    en: 'distributed lock',
    group: 'architecture',
    definition: {
      'zh-Hans':
        '让多个进程或节点在同一时刻只有一个能进入临界区的协调机制，通常基于 ZooKeeper、etcd 或 Redis 实现并带有租约超时，由于持锁者可能因停顿而在租约过期后仍以为自己持有锁，正确性还需要由受保护的存储校验防护令牌（fencing token）。',
      en: 'A coordination mechanism that lets only one of many processes or nodes enter a critical section at a time, usually built on ZooKeeper, etcd or Redis with a lease timeout, and because a holder can pause past its lease and still believe it holds the lock, correctness also needs fencing tokens checked by the storage it protects.',
    },
    chapter: 4,
  },
  {
    id: 'lock-free',
    zh: '无锁',
    en: 'lock-free',
    group: 'architecture',
    definition: {
      'zh-Hans':
        '并发算法的一种进度保证：任何线程被挂起都不会阻止整体推进，总有某个线程能在有限步内完成操作，通常用 CAS 等原子指令代替互斥锁实现；但在高争用下 CAS 重试同样会串行化，因此无锁并不必然更快。',
      en: 'A progress guarantee for concurrent algorithms in which the suspension of any thread cannot stop the system as a whole, because some thread always completes its operation in a finite number of steps, usually achieved with atomic instructions such as CAS instead of mutexes; under heavy contention CAS retry loops serialize too, so lock-free is not automatically faster.',
    },
    chapter: 4,
  },
  {
    id: 'batching',
    zh: '批处理',
    en: 'batching',
    group: 'architecture',
    definition: {
      'zh-Hans':
        '把多个小请求或小消息合并成一批一起处理或发送，使固定开销分摊到 b 个条目上（每条成本 = 固定开销/b + 单条成本），代价是等待凑批带来的额外延迟，其上限为凑批等待时间（如 Kafka 的 linger.ms）。',
      en: "Grouping many small requests or messages and processing or sending them together, so that a fixed overhead is shared by b items (cost per item = fixed overhead/b + per-item cost), at the price of the extra latency of waiting for the batch to fill, which is bounded by the linger time (Kafka's linger.ms, for example).",
    },
    chapter: 4,
  },
  {
    id: 'asynchronous-processing',
    zh: '异步化',
    en: 'asynchronous processing',
    group: 'architecture',
    definition: {
      'zh-Hans':
        '把不必在响应前完成的工作移出请求的关键路径，交给消息队列、线程池或事件循环稍后执行，调用方无须阻塞等待，从而缩短响应时间并平滑负载，代价是结果延后可见，且要处理失败重试和最终一致。',
      en: "Moving work that need not finish before the response off the request's critical path, to a message queue, thread pool or event loop that runs it later, so that the caller does not block, which shortens response time and smooths load at the cost of results becoming visible later and of handling failures, retries and eventual consistency.",
    },
    chapter: 4,
  },
  {
    id: 'serialization',
    zh: '序列化',
    en: 'serialization',
    group: 'messaging-and-communication',
    definition: {
      'zh-Hans':
        '把内存中的对象或数据结构编码成可以传输或存储的字节序列（反序列化则是逆过程），常见格式有 JSON 和 Protocol Buffers，其 CPU 开销和编码体积是服务间通信成本（“数据中心税”）的重要组成部分。',
      en: 'Encoding in-memory objects or data structures into a byte sequence that can be sent or stored (deserialization is the reverse), in formats such as JSON or Protocol Buffers, whose CPU cost and encoded size make up a large part of the cost of inter-service communication (the "datacenter tax").',
    },
    chapter: 7,
  },
  {
    id: 'message-queue',
    zh: '消息队列',
    en: 'message queue',
    group: 'messaging-and-communication',
    definition: {
      'zh-Hans':
        '在生产者和消费者之间暂存消息的中间件（如 Kafka、RabbitMQ、RocketMQ），使双方在时间和速率上解耦，常用于异步处理、削峰填谷和事件分发。',
      en: 'Middleware that holds messages between producers and consumers (Kafka, RabbitMQ, RocketMQ) so that the two are decoupled in time and in rate, used for asynchronous processing, load leveling and event distribution.',
    },
    chapter: 10,
  },
  {
    id: 'consumer-group',
    zh: '消费者组',
    en: 'consumer group',
    group: 'messaging-and-communication',
    definition: {
      'zh-Hans':
        'Kafka 等消息系统中共同消费同一组主题的一组消费者，每个分区同一时刻只分配给组内的一个消费者，因此组的消费并行度以分区数为上限，而不同的组各自独立地消费全部消息。',
      en: "In Kafka and similar systems, a set of consumers that share the consumption of a set of topics, with each partition assigned to exactly one member at a time, so that the group's parallelism is capped at the number of partitions while separate groups each consume every message independently.",
    },
    chapter: 10,
  },
  {
    id: 'event-driven-architecture',
    zh: '事件驱动架构',
    en: 'event-driven architecture',
    group: 'messaging-and-communication',
    definition: {
      'zh-Hans':
        '服务之间通过发布和订阅表示状态变化的事件（而不是直接同步调用）来协作的架构风格，生产者不必知道谁在消费，耦合更低、更易扩展，但端到端延迟要加上事件在队列中排队和传递的时间，排查问题也更难。',
      en: 'An architectural style in which services cooperate by publishing and subscribing to events that record changes of state, rather than by calling each other synchronously, so that producers need not know their consumers, which loosens coupling and eases scaling but adds the time events spend queued and in transit to end-to-end latency and makes debugging harder.',
    },
    chapter: 10,
  },
  {
    id: 'service-mesh',
    zh: '服务网格',
    en: 'service mesh',
    group: 'platform-and-network',
    definition: {
      'zh-Hans':
        '把服务间通信的流量管理、超时重试、熔断、mTLS 加密和遥测从业务代码中剥离出来，交给一层专用代理（通常是每个实例旁的边车，如 Istio 中的 Envoy）统一处理的基础设施层，代价是每一跳调用都要多经过两次代理。',
      en: 'An infrastructure layer that takes traffic management, timeouts and retries, circuit breaking, mTLS and telemetry for service-to-service calls out of application code and hands them to dedicated proxies (usually a sidecar next to each instance, such as Envoy in Istio), at the cost of two extra proxy traversals on every hop.',
    },
    chapter: 12,
  },
  {
    id: 'sidecar',
    zh: '边车',
    en: 'sidecar',
    group: 'platform-and-network',
    definition: {
      'zh-Hans':
        '与业务容器部署在同一个 Pod（或同一台主机）中的辅助容器，透明地拦截并代理其进出流量，或承担日志收集等横切功能；在服务网格中每次调用都要经过调用方和被调用方两个边车，会增加延迟以及 CPU 和内存开销。',
      en: "A helper container deployed in the same pod (or on the same host) as the application container that transparently intercepts and proxies its inbound and outbound traffic or takes on cross-cutting work such as log shipping; in a service mesh every call passes through the caller's and the callee's sidecars, which adds latency and CPU and memory overhead.",
    },
    chapter: 12,
  },
  {
    id: 'observability',
    zh: '可观测性',
    en: 'observability',
    group: 'practice',
    definition: {
      'zh-Hans':
        '仅凭系统对外输出的遥测数据（指标、日志和链路追踪）就能理解其内部状态、回答事先没有预料到的问题的能力。',
      en: "The degree to which a system's internal state can be understood, including questions nobody anticipated, from the telemetry it emits: metrics, logs and traces.",
    },
    chapter: 15,
  },
  {
    id: 'metrics',
    zh: '指标',
    en: 'metrics',
    group: 'practice',
    definition: {
      'zh-Hans':
        '按时间序列聚合的数值测量（如请求速率、错误率、延迟直方图），存储和查询成本低，适合做仪表盘和告警，但每增加一个标签，序列数就要乘以该标签的取值个数。',
      en: 'Numeric measurements aggregated into time series (request rate, error rate, latency histograms), which are cheap to store and query and suit dashboards and alerting, though every label multiplies the number of series by its count of distinct values.',
    },
    chapter: 15,
  },
  {
    id: 'logs',
    zh: '日志',
    en: 'logs',
    group: 'practice',
    definition: {
      'zh-Hans':
        '应用在运行中写下的带时间戳的离散事件记录（最好采用结构化的键值格式），保留了单个事件的全部细节，便于事后排查，但数据量随流量线性增长，存储和检索成本较高。',
      en: 'Timestamped records of discrete events written by an application as it runs (best in a structured key-value format), which keep the full detail of each event for later investigation but grow linearly with traffic and are costly to store and search.',
    },
    chapter: 15,
  },
  {
    id: 'traces',
    zh: '链路追踪',
    en: 'traces',
    group: 'practice',
    definition: {
      'zh-Hans':
        '记录单个请求穿过各个服务的完整路径，由带有父子关系和起止时间的 span 组成，靠随调用传递的追踪上下文（如 W3C Trace Context 的 traceparent 请求头）串联起来，用于定位时间花在了调用链的哪一段。',
      en: "Records of a single request's path through the services it touches, made of spans with parent-child links and start and end times and stitched together by trace context passed along with each call (such as the W3C Trace Context traceparent header), used to see where along the call chain the time went.",
    },
    chapter: 15,
  },
  {
    id: 'load-testing',
    zh: '压测',
    en: 'load testing',
    group: 'practice',
    definition: {
      'zh-Hans':
        '以设定的并发用户数或请求到达率向系统施加负载，测量吞吐量、延迟百分位和错误率随负载的变化，以找出饱和点和瓶颈，并验证容量是否满足目标。',
      en: 'Driving a system with a set number of concurrent users or a set arrival rate and measuring how throughput, latency percentiles and error rate change with load, to find the saturation point and the bottleneck and to check capacity against targets.',
    },
    chapter: 14,
  },
  {
    id: 'end-to-end-production-load-testing',
    zh: '全链路压测',
    en: 'end-to-end production load testing',
    group: 'practice',
    definition: {
      'zh-Hans':
        '在生产环境中用带压测标记的流量按真实业务模型同时压测整条调用链上的所有服务和存储，压测数据通过影子库、影子表与真实数据隔离，以发现只有在全链路真实负载下才会暴露的容量瓶颈（阿里巴巴自 2013 年起用它为双 11 备战）。',
      en: 'Load testing in production with traffic tagged as test traffic that follows the real business model through every service and store along the call chain at once, its data kept apart from real data in shadow databases and tables, to find capacity bottlenecks that appear only under realistic end-to-end load (Alibaba has used it to prepare for Double 11 since 2013).',
    },
    chapter: 20,
  },
  {
    id: 'benchmarking',
    zh: '基准测试',
    en: 'benchmarking',
    group: 'practice',
    definition: {
      'zh-Hans':
        '在受控、可复现的环境和负载下测量系统或组件的性能，以便在版本之间或方案之间进行比较，结果只有同时报告预热、运行次数、置信区间和环境配置才有意义。',
      en: 'Measuring the performance of a system or component under a controlled, reproducible environment and workload so that versions or designs can be compared, with results that mean something only when reported together with the warm-up, the number of runs, confidence intervals and the environment.',
    },
    chapter: 14,
  },
  {
    id: 'coordinated-omission',
    zh: '协调遗漏',
    en: 'coordinated omission',
    group: 'practice',
    definition: {
      'zh-Hans':
        '闭环压测工具在等待慢响应时停止发送新请求，从而漏记了本应在停顿期间发出并被拖慢的请求：服务停顿 T 秒时，闭环工具只记下约一个慢样本，而速率为 λ 的开环负载会有约 λT 个请求受影响，结果严重低估高百分位延迟。',
      en: 'The error of a closed-loop load generator that stops sending while it waits for a slow response and so never records the requests that should have been sent, and delayed, during the stall: when a server stalls for T seconds, the closed-loop tool records about one slow sample where an open-loop load at rate λ would see about λT affected requests, so the high percentiles are badly understated.',
    },
    chapter: 14,
  },
  {
    id: 'performance-regression',
    zh: '性能回归',
    en: 'performance regression',
    group: 'practice',
    definition: {
      'zh-Hans':
        '代码、配置或依赖的变更使延迟、吞吐量或资源消耗相对基线明显变差，由于基准测试存在噪声，需要多次运行并做统计检验或变点检测，才能把它与随机波动区分开。',
      en: 'A change in code, configuration or dependencies that makes latency, throughput or resource use measurably worse than the baseline, which, because benchmarks are noisy, can be told apart from random variation only with repeated runs and a statistical test or change-point detection.',
    },
    chapter: 16,
  },
  {
    id: 'canary-release',
    zh: '灰度发布',
    en: 'canary release',
    group: 'practice',
    definition: {
      'zh-Hans':
        '先把新版本发布给一小部分流量或实例（金丝雀），对比其与基线版本的错误率、延迟等指标，确认正常后再逐步扩大比例，发现问题则立即回滚，从而控制故障的影响范围。',
      en: 'Rolling a new version out first to a small share of traffic or instances (the canary), comparing its error rate, latency and other metrics with those of the baseline version, and widening the share step by step only while they stay healthy, rolling back at once if not, so that a bad change reaches few users.',
    },
    chapter: 16,
  },
  {
    id: 'strong-consistency',
    zh: '强一致性',
    en: 'strong consistency',
    group: 'consistency-and-geography',
    definition: {
      'zh-Hans':
        '多个副本对外表现得如同只有一份数据，每次读都能返回最近一次已完成写入的结果，其严格形式即线性一致性（linearizability），代价是每次写入（往往读取也是）至少要等待一次法定人数的往返，且在网络分区时必须拒绝部分请求（CAP）。',
      en: 'Replicas behaving as if there were a single copy of the data, so that every read returns the result of the most recent completed write, which in its strict form is linearizability, at the cost of at least one quorum round trip per write (and often per read) and of refusing some requests during a network partition (CAP).',
    },
    chapter: 17,
  },
  {
    id: 'eventual-consistency',
    zh: '最终一致性',
    en: 'eventual consistency',
    group: 'consistency-and-geography',
    definition: {
      'zh-Hans':
        '只保证在不再有新写入时所有副本最终会收敛到相同的值，而不保证每次读都能读到最新的写入，以可能读到旧数据为代价换取低延迟和网络分区期间的可用性。',
      en: 'The guarantee only that, once new writes stop, all replicas eventually converge to the same value, with no promise that a read sees the latest write, trading possibly stale reads for low latency and for availability during network partitions.',
    },
    chapter: 17,
  },
  {
    id: 'quorum',
    zh: '法定人数',
    en: 'quorum',
    group: 'consistency-and-geography',
    definition: {
      'zh-Hans':
        'N 个副本中，写入需要 W 个副本确认、读取需要查询 R 个副本，当 R + W > N 时读集合与写集合必然相交，因此读取至少会访问到一个持有最近一次已确认写入的副本；多数派法定人数为 ⌊N/2⌋ + 1，可容忍 ⌊(N − 1)/2⌋ 个副本崩溃。',
      en: 'Among N replicas, a write waits for W acknowledgements and a read consults R replicas, and when R + W > N every read set overlaps every write set, so a read reaches at least one replica holding the latest acknowledged write; a majority quorum of ⌊N/2⌋ + 1 tolerates ⌊(N − 1)/2⌋ crashed replicas.',
    },
    chapter: 17,
  },
  {
    id: 'cross-region',
    zh: '跨地域',
    en: 'cross-region',
    group: 'consistency-and-geography',
    definition: {
      'zh-Hans':
        '服务或数据分布在相距数百到数千公里的多个地域（region），其往返时延受光在光纤中传播速度（约 2×10^5 km/s，即每 100 km 光纤路径的往返至少 1 ms）的物理下限约束，而实际光纤路径往往比两地的大圆距离长 30%～100%。',
      en: 'Spanning several regions hundreds or thousands of kilometers apart, where the round-trip time has a physical floor set by the speed of light in fiber (about 2×10^5 km/s, or at least 1 ms of round trip per 100 km of fiber path), and real fiber paths often run 30–100% longer than the great-circle distance.',
    },
    chapter: 18,
  },
  {
    id: 'multi-region-active-active',
    zh: '异地多活',
    en: 'multi-region active-active',
    group: 'consistency-and-geography',
    definition: {
      'zh-Hans':
        '在多个地理上分离的地域同时部署完整的服务和数据并同时承接线上流量，任一地域故障时可把其流量切到其他地域，难点在于跨地域数据同步的延迟和并发写冲突，通常通过单元化让每个用户的写入只落在一个地域来规避。',
      en: "Running complete copies of a service and its data in several geographically separate regions that all serve live traffic at once, so that a failed region's traffic can move to the others, where the hard parts are cross-region replication lag and conflicting concurrent writes, usually avoided through a cell-based design that gives each user's writes a single home region.",
    },
    chapter: 18,
  },
  {
    id: 'cell-based-architecture',
    zh: '单元化',
    en: 'cell-based architecture',
    group: 'consistency-and-geography',
    definition: {
      'zh-Hans':
        '按用户 ID 等路由键把整套业务栈（接入层、服务和数据）划分成多个自包含的单元，每个单元独立承接一部分用户的全部读写请求，使绝大多数请求在单元内闭环完成，从而限制故障的影响范围，并避免跨地域的写冲突和时延。',
      en: 'Partitioning the whole stack (ingress, services and data) by a routing key such as user ID into self-contained cells, each serving all reads and writes for its share of users, so that almost every request completes inside one cell, which limits the blast radius of a failure and avoids cross-region write conflicts and latency.',
    },
    chapter: 18,
  },
  {
    id: 'flash-sale',
    zh: '秒杀',
    en: 'flash sale',
    group: 'architecture',
    definition: {
      'zh-Hans':
        '在预定时刻以极低价格限量抢购商品的活动，瞬时流量远超平时而库存很少，系统需要层层拦截请求（CDN、网关限流、排队），以原子操作扣减库存保证成交数不超过库存，并把下单异步化。',
      en: 'A sale of a small stock at a very low price starting at a set moment, which draws a burst of traffic far above normal levels, so the system must filter requests layer by layer (CDN, gateway rate limiting, queueing), decrement stock atomically so that orders never exceed stock, and create orders asynchronously.',
    },
    chapter: 20,
  },
  {
    id: 'bandwidth-delay-product',
    zh: '带宽时延积',
    en: 'bandwidth-delay product',
    group: 'platform-and-network',
    definition: {
      'zh-Hans':
        '链路带宽与往返时延的乘积 BDP = 带宽 × RTT，即填满链路所需的在途数据量，TCP 窗口小于它时吞吐量被限制在 窗口/RTT，例如 10 Gb/s × 100 ms = 125 MB。',
      en: "The product of a link's bandwidth and its round-trip time, BDP = bandwidth × RTT, which is the amount of data that must be in flight to keep the link full, so that a TCP window smaller than it limits throughput to window/RTT (for example, 10 Gb/s × 100 ms = 125 MB).",
    },
    chapter: 13,
  },
  {
    id: 'congestion-control',
    zh: '拥塞控制',
    en: 'congestion control',
    group: 'platform-and-network',
    definition: {
      'zh-Hans':
        'TCP 等传输协议的发送方根据丢包、时延变化或对瓶颈带宽的估计来调整拥塞窗口或发送速率，使其既能充分利用网络又不压垮网络的机制，如基于丢包的 Reno、CUBIC 和基于模型的 BBR。',
      en: 'The mechanism by which a sender in TCP or another transport protocol adjusts its congestion window or sending rate from packet loss, delay changes or an estimate of the bottleneck bandwidth, so as to use the network fully without overwhelming it, as in loss-based Reno and CUBIC or model-based BBR.',
    },
    chapter: 13,
  },
  {
    id: 'edge-computing',
    zh: '边缘计算',
    en: 'edge computing',
    group: 'platform-and-network',
    definition: {
      'zh-Hans':
        '把计算和数据放到靠近用户或数据源的网络边缘节点（如 CDN 节点、基站侧的 MEC 服务器）上，主要通过缩短传播距离、减少往返次数来降低延迟，并节省回源带宽。',
      en: 'Running computation and keeping data at nodes near users or data sources at the edge of the network (CDN points of presence, MEC servers beside cellular base stations), mainly to cut latency by shortening propagation distance and round trips and to save bandwidth back to the origin.',
    },
    chapter: 13,
  },
  {
    id: 'serverless',
    zh: '无服务器',
    en: 'serverless',
    group: 'platform-and-network',
    definition: {
      'zh-Hans':
        '由云平台按请求自动分配和伸缩资源（可缩容到零）、按实际执行计费的计算模式（如函数即服务 FaaS），开发者无须管理服务器，代价是冷启动延迟、执行时长限制，以及函数之间的状态和通信都要借助外部服务。',
      en: 'A computing model in which the cloud platform allocates and scales resources per request (down to zero) and bills only for actual execution, as in functions as a service (FaaS), so that developers manage no servers, at the cost of cold-start latency, limits on execution time, and state and communication between functions having to go through external services.',
    },
    chapter: 23,
  },
  {
    id: 'cold-start',
    zh: '冷启动',
    en: 'cold start',
    group: 'platform-and-network',
    definition: {
      'zh-Hans':
        '请求到达时没有就绪的实例（函数、容器或 JVM）可用，必须先创建和初始化运行环境并加载代码而额外产生的延迟；在泊松到达率为 λ、每次调用后保活时间为 T 的单实例模型中，一次调用遇到冷启动的概率为 e^(−λT)。',
      en: 'The extra latency a request incurs when no ready instance (a function, container or JVM) is available and a runtime must first be created, initialized and loaded with code; for a single instance kept warm for T after each call, with Poisson arrivals at rate λ, the probability that an invocation hits a cold start is e^(−λT).',
    },
    chapter: 23,
  },
  {
    id: 'cost-effectiveness',
    zh: '性价比',
    en: 'cost-effectiveness',
    group: 'practice',
    definition: {
      'zh-Hans':
        '一项优化带来的收益（延迟、吞吐量或每请求成本的改善）与其投入（工程时间、硬件与运维成本、增加的复杂度）之比，按阿姆达尔定律，把只占关键路径 5% 时间的组件提速 2 倍，端到端最多只能快约 2.6%。',
      en: "The ratio of what an optimization buys (lower latency, higher throughput or lower cost per request) to what it costs (engineering time, hardware and operations spend, added complexity); by Amdahl's law, making a component that takes 5% of the critical path twice as fast speeds up the whole by at most about 2.6%.",
    },
    chapter: 3,
  },
];

/** The term with this id, or undefined. */
export function findTerm(id: string): GlossaryTerm | undefined {
  return glossary.find((term) => term.id === id);
}
