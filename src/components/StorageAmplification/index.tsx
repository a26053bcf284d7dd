import React, { useDeferredValue, useMemo, type ReactNode } from 'react';
import { scaleBand, scaleLog } from 'd3-scale';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  storageAmplification,
  type EngineAmplification,
} from '@site/src/lib/models/storage-amplification';
import { formatBytes, formatNumber, formatPercent, formatSi } from '@site/src/lib/format';
import { AxisLeft, ChartFrame, Legend, seriesColor } from '@site/src/components/charts';
import {
  ChoiceControl,
  NumberControl,
  WidgetFrame,
  useWidgetParams,
} from '@site/src/components/controls';
import results from '@site/src/components/controls/results.module.css';
import styles from './styles.module.css';

const DOUBLEWRITE = ['on', 'off'] as const;
type Doublewrite = (typeof DOUBLEWRITE)[number];

const PARAMS = {
  data: { kind: 'number', min: 1, max: 102_400, default: 100 },
  rec: { kind: 'number', min: 16, max: 2048, default: 128, integer: true },
  page: { kind: 'number', min: 4, max: 64, default: 16, integer: true },
  mem: { kind: 'number', min: 1, max: 4096, default: 64 },
  t: { kind: 'number', min: 2, max: 100, default: 10, integer: true },
  bits: { kind: 'number', min: 0, max: 20, default: 10 },
  rate: { kind: 'number', min: 1, max: 10_000, default: 100 },
  dw: { kind: 'choice', choices: DOUBLEWRITE, default: 'on' },
} as const;

const KiB = 1024;
const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
/** A rate in bytes per second with an SI prefix: 4.1e9 -> "4.1 GB/s". */
function formatRate(bytesPerSecond: number, locale: string): string {
  return formatSi(bytesPerSecond, 'B/s', locale);
}

const CHART_MARGIN = { top: 18, right: 8, bottom: 44, left: 64 };
/** Below this bar width the value labels above the bars would overlap: the table has them. */
const MIN_LABELLED_BAR = 26;
/** Below this group width the full measure names under the groups would run into each other. */
const WIDE_CATEGORY = 130;

type EngineKey = 'btree' | 'leveled' | 'tiered';
const ENGINES: readonly EngineKey[] = ['btree', 'leveled', 'tiered'];
type MetricKey = 'write' | 'point' | 'range' | 'space';
const METRICS: readonly MetricKey[] = ['write', 'point', 'range', 'space'];

function metricOf(engine: EngineAmplification, metric: MetricKey): number {
  switch (metric) {
    case 'write':
      return engine.writeAmplification;
    case 'point':
      return engine.pointReadIos;
    case 'range':
      return engine.rangeSeeks;
    default:
      return engine.spaceAmplification;
  }
}

/**
 * Write, read and space amplification of a B+-tree, a leveled LSM-tree and a size-tiered
 * LSM-tree holding the same data, as grouped bars on a log axis, with what the write
 * amplification means in device bandwidth. All numbers come from `storageAmplification` in
 * src/lib/models/storage-amplification.ts.
 */
export default function StorageAmplification({
  dataGiB,
  recordBytes,
  pageKiB,
  memtableMiB,
  sizeRatio,
  bloomBitsPerKey,
  userWriteMBps,
  doublewrite,
}: {
  /** Initial live data size, GiB, 1 to 102,400 (100 TiB). */
  readonly dataGiB?: number;
  /** Initial average record (key + value) size, bytes, 16 to 2048. */
  readonly recordBytes?: number;
  /** Initial B+-tree page (and LSM block) size, KiB, 4 to 64. */
  readonly pageKiB?: number;
  /** Initial LSM memtable (write buffer) size, MiB, 1 to 4096. */
  readonly memtableMiB?: number;
  /** Initial LSM size ratio T, 2 to 100. */
  readonly sizeRatio?: number;
  /** Initial Bloom filter bits per key, 0 to 20. */
  readonly bloomBitsPerKey?: number;
  /** Initial user write rate, MB/s, 1 to 10,000. */
  readonly userWriteMBps?: number;
  /** Whether B+-tree pages go through InnoDB's doublewrite buffer at first. */
  readonly doublewrite?: boolean;
}): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const spec = useMemo(
    () => ({
      data: { ...PARAMS.data, default: dataGiB ?? PARAMS.data.default },
      rec: { ...PARAMS.rec, default: recordBytes ?? PARAMS.rec.default },
      page: { ...PARAMS.page, default: pageKiB ?? PARAMS.page.default },
      mem: { ...PARAMS.mem, default: memtableMiB ?? PARAMS.mem.default },
      t: { ...PARAMS.t, default: sizeRatio ?? PARAMS.t.default },
      bits: { ...PARAMS.bits, default: bloomBitsPerKey ?? PARAMS.bits.default },
      rate: { ...PARAMS.rate, default: userWriteMBps ?? PARAMS.rate.default },
      dw: {
        ...PARAMS.dw,
        default: (doublewrite === false ? 'off' : PARAMS.dw.default) as Doublewrite,
      },
    }),
    [
      dataGiB,
      recordBytes,
      pageKiB,
      memtableMiB,
      sizeRatio,
      bloomBitsPerKey,
      userWriteMBps,
      doublewrite,
    ],
  );
  const { values, set, rejected, urlKeys } = useWidgetParams('amp', spec);
  const v = useDeferredValue(values);

  const result = useMemo(
    () =>
      storageAmplification({
        dataBytes: v.data * GiB,
        recordBytes: v.rec,
        pageBytes: v.page * KiB,
        memtableBytes: v.mem * MiB,
        sizeRatio: v.t,
        bloomBitsPerKey: v.bits,
        doublewrite: v.dw === 'on',
        userWriteBytesPerSecond: v.rate * 1e6,
      }),
    [v],
  );

  // The names follow the page's locale only; memoized so the chart and table memos can list them.
  const { engineNames, metricNames, shortNames } = useMemo(
    () => ({
      engineNames: {
        btree: translate({ id: 'widgets.amp.engine.btree', message: 'B+ 树' }),
        leveled: translate({
          id: 'widgets.amp.engine.leveled',
          message: 'LSM 分层合并（leveled）',
        }),
        tiered: translate({ id: 'widgets.amp.engine.tiered', message: 'LSM 分级合并（tiered）' }),
      } satisfies Record<EngineKey, string>,
      metricNames: {
        write: translate({ id: 'widgets.amp.metric.write', message: '写放大' }),
        point: translate({ id: 'widgets.amp.metric.point', message: '点查读 I/O' }),
        range: translate({ id: 'widgets.amp.metric.range', message: '范围扫描定位次数' }),
        space: translate({ id: 'widgets.amp.metric.space', message: '空间放大' }),
      } satisfies Record<MetricKey, string>,
      // Under the bars of a narrow chart; a space marks where the label may break.
      shortNames: {
        write: translate({ id: 'widgets.amp.short.write', message: '写放大' }),
        point: translate({ id: 'widgets.amp.short.point', message: '点查 I/O' }),
        range: translate({ id: 'widgets.amp.short.range', message: '范围 扫描' }),
        space: translate({ id: 'widgets.amp.short.space', message: '空间 放大' }),
      } satisfies Record<MetricKey, string>,
    }),
    [],
  );

  const title = translate({
    id: 'widgets.amp.title',
    message: '三种放大：B+ 树与 LSM 树各拿什么换什么',
    description: 'Title of the StorageAmplification widget',
  });
  const reading = translate(
    {
      id: 'widgets.amp.reading',
      message:
        '{data} 数据、每条记录 {record}：{user} 的用户写入，到了设备上 B+ 树是 {btree}，分层合并 {leveled}，分级合并 {tiered}；代价是分级合并的点查最多要查 {runs} 个有序段（分层合并 {levels} 个），空间最坏放大到 {tieredSpace} 倍。',
      description: 'One-line reading of the storage amplification widget',
    },
    {
      data: formatBytes(v.data * GiB, locale),
      record: formatBytes(v.rec, locale),
      user: formatRate(v.rate * 1e6, locale),
      btree: formatRate(result.btree.deviceWriteBytesPerSecond, locale),
      leveled: formatRate(result.leveled.deviceWriteBytesPerSecond, locale),
      tiered: formatRate(result.tiered.deviceWriteBytesPerSecond, locale),
      runs: formatNumber(result.tiered.runs, locale, 6),
      levels: formatNumber(result.leveled.runs, locale, 6),
      tieredSpace: formatNumber(result.tiered.spaceAmplification, locale),
    },
  );
  const valueList = (metric: MetricKey): string =>
    ENGINES.map(
      (e) => `${engineNames[e]} ${formatNumber(metricOf(result[e], metric), locale)}`,
    ).join(locale === 'en' ? ', ' : '，');
  const description = translate(
    {
      id: 'widgets.amp.description',
      message:
        '分组柱状图，纵轴为放大倍数（对数坐标，1 表示没有放大），每组三根柱子依次是 B+ 树、LSM 分层合并、LSM 分级合并。写放大：{write}。点查读 I/O：{point}。范围扫描定位次数：{range}。空间放大：{space}。',
    },
    {
      write: valueList('write'),
      point: valueList('point'),
      range: valueList('range'),
      space: valueList('space'),
    },
  );

  const maxValue = Math.max(
    10,
    ...ENGINES.flatMap((e) => METRICS.map((m) => metricOf(result[e], m))),
  );
  const yMax = 10 ** Math.ceil(Math.log10(maxValue * 1.2));

  const chart = useMemo(
    () => (
      <ChartFrame title={title} description={description} height={280} margin={CHART_MARGIN}>
        {({ innerWidth, innerHeight }) => {
          const x = scaleBand<MetricKey>()
            .domain(METRICS)
            .range([0, innerWidth])
            .paddingInner(0.25)
            .paddingOuter(0.1);
          const inner = scaleBand<EngineKey>()
            .domain(ENGINES)
            .range([0, x.bandwidth()])
            .padding(0.08);
          const y = scaleLog().domain([1, yMax]).range([innerHeight, 0]).clamp(true);
          const labelled = inner.bandwidth() >= MIN_LABELLED_BAR;
          return (
            <>
              <AxisLeft
                scale={y}
                label={translate({ id: 'widgets.amp.axis.factor', message: '倍数（对数）' })}
                ticks={4}
                tickFormat={(t) => formatNumber(t, locale)}
                gridLength={innerWidth}
                labelOffset={50}
              />
              {METRICS.map((metric) => (
                <g key={metric} transform={`translate(${x(metric) ?? 0},0)`}>
                  {ENGINES.map((engine, i) => {
                    const value = metricOf(result[engine], metric);
                    const top = Math.min(y(value), innerHeight - 2);
                    return (
                      <g key={engine}>
                        <rect
                          x={inner(engine)}
                          y={top}
                          width={inner.bandwidth()}
                          height={innerHeight - top}
                          fill={seriesColor([0, 2, 3][i])}
                        />
                        {labelled ? (
                          <text
                            className={styles.value}
                            x={(inner(engine) ?? 0) + inner.bandwidth() / 2}
                            y={top - 4}
                            textAnchor="middle"
                          >
                            {formatNumber(value, locale)}
                          </text>
                        ) : null}
                      </g>
                    );
                  })}
                  <text
                    className={styles.category}
                    x={x.bandwidth() / 2}
                    y={innerHeight + 18}
                    textAnchor="middle"
                  >
                    {x.bandwidth() >= WIDE_CATEGORY
                      ? metricNames[metric]
                      : shortNames[metric].split(' ').map((part, line) => (
                          <tspan key={part} x={x.bandwidth() / 2} dy={line === 0 ? 0 : 14}>
                            {part}
                          </tspan>
                        ))}
                  </text>
                </g>
              ))}
              <line
                x1={0}
                x2={innerWidth}
                y1={innerHeight}
                y2={innerHeight}
                className={styles.baseline}
              />
            </>
          );
        }}
      </ChartFrame>
    ),
    [title, description, result, yMax, locale, metricNames, shortNames],
  );

  const table = useMemo(() => {
    // One row per measure and one column per engine: four columns fit a phone.
    const rows: readonly {
      key: string;
      label: string;
      format: (e: EngineAmplification) => string;
    }[] = [
      {
        key: 'write',
        label: metricNames.write,
        format: (e) => formatNumber(e.writeAmplification, locale),
      },
      {
        key: 'device',
        label: translate({ id: 'widgets.amp.table.device', message: '设备写入' }),
        format: (e) => formatRate(e.deviceWriteBytesPerSecond, locale),
      },
      {
        key: 'point',
        label: metricNames.point,
        format: (e) => formatNumber(e.pointReadIos, locale),
      },
      { key: 'range', label: metricNames.range, format: (e) => formatNumber(e.rangeSeeks, locale) },
      {
        key: 'space',
        label: metricNames.space,
        format: (e) => formatNumber(e.spaceAmplification, locale),
      },
      {
        key: 'memory',
        label: translate({ id: 'widgets.amp.table.memory', message: '需常驻内存' }),
        format: (e) => formatBytes(e.memoryBytes, locale),
      },
    ];
    return (
      <div className={results.tableScroll}>
        <table className={results.table}>
          <caption className={results.caption}>
            {translate(
              {
                id: 'widgets.amp.table.caption',
                message:
                  'LSM 共 {levels} 层（T = {t}），布隆过滤器误判率 {fpr}；B+ 树高 {height} 层，内部页常驻内存。',
              },
              {
                levels: formatNumber(result.leveled.levels, locale, 6),
                t: formatNumber(v.t, locale, 6),
                fpr: formatPercent(result.bloomFalsePositiveRate, locale),
                height: formatNumber(result.btree.height, locale, 6),
              },
            )}
          </caption>
          <thead>
            <tr>
              <th scope="col">{translate({ id: 'widgets.amp.table.measure', message: '指标' })}</th>
              {ENGINES.map((engine) => (
                <th key={engine} scope="col">
                  {engineNames[engine]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {ENGINES.map((engine) => (
                  <td key={engine}>{row.format(result[engine])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }, [result, v.t, locale, engineNames, metricNames]);

  return (
    <WidgetFrame
      name="StorageAmplification"
      title={title}
      urlRejected={rejected.length > 0}
      urlKeys={urlKeys}
      reading={reading}
      controls={
        <>
          <NumberControl
            label={translate({ id: 'widgets.amp.control.data', message: '有效数据量（GiB）' })}
            value={values.data}
            spec={spec.data}
            log
            format={(x) => formatBytes(x * GiB, locale)}
            onChange={(x) => set('data', x)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.amp.control.record',
              message: '记录大小（字节，键加值）',
            })}
            value={values.rec}
            spec={spec.rec}
            log
            format={(x) => formatBytes(x, locale)}
            onChange={(x) => set('rec', x)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.amp.control.page',
              message: '页或数据块大小（KiB）',
            })}
            value={values.page}
            spec={spec.page}
            log
            format={(x) => formatBytes(x * KiB, locale)}
            onChange={(x) => set('page', x)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.amp.control.memtable',
              message: 'memtable 大小（MiB）',
            })}
            value={values.mem}
            spec={spec.mem}
            log
            format={(x) => formatBytes(x * MiB, locale)}
            onChange={(x) => set('mem', x)}
          />
          <NumberControl
            label={translate({ id: 'widgets.amp.control.ratio', message: '层间大小比 T' })}
            value={values.t}
            spec={spec.t}
            log
            onChange={(x) => set('t', x)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.amp.control.bits',
              message: '布隆过滤器每键比特数',
            })}
            value={values.bits}
            spec={spec.bits}
            step={1}
            format={(x) => formatNumber(x, locale)}
            onChange={(x) => set('bits', x)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.amp.control.rate',
              message: '用户写入速率（MB/s）',
            })}
            value={values.rate}
            spec={spec.rate}
            log
            format={(x) => formatRate(x * 1e6, locale)}
            onChange={(x) => set('rate', x)}
          />
          <ChoiceControl
            label={translate({
              id: 'widgets.amp.control.doublewrite',
              message: 'B+ 树页写入',
            })}
            value={values.dw as Doublewrite}
            choices={[
              {
                value: 'on',
                label: translate({
                  id: 'widgets.amp.doublewrite.on',
                  message: '经过双写缓冲（InnoDB 默认）',
                }),
              },
              {
                value: 'off',
                label: translate({
                  id: 'widgets.amp.doublewrite.off',
                  message: '只写一次（关闭双写或设备保证原子写）',
                }),
              },
            ]}
            onChange={(x) => set('dw', x)}
          />
        </>
      }
    >
      {chart}
      <Legend
        items={ENGINES.map((engine, i) => ({
          label: engineNames[engine],
          color: seriesColor([0, 2, 3][i]),
        }))}
      />
      {table}
      <p className={results.note}>
        {translate({
          id: 'widgets.amp.note',
          message:
            '渐近模型，不是测量：B+ 树按每次更新都要写回整页的最坏情况、内部页全在内存计算；分层合并每层按 T 计（RocksDB 调优指南的算法，平均情况约为一半）；空间放大取反复覆盖同一批键时的最坏值。请用引擎自己的统计量核对。',
        })}
      </p>
    </WidgetFrame>
  );
}
