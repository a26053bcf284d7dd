import React, { useMemo, type ReactNode } from 'react';
import clsx from 'clsx';
import { scaleLog } from 'd3-scale';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  LATENCY_NUMBERS,
  latencyNumber,
  type LatencyKind,
  type LatencyNumberId,
} from '@site/src/lib/models/latency-numbers';
import { formatNumber, formatSeconds } from '@site/src/lib/format';
import {
  AxisBottom,
  ChartFrame,
  PointMarker,
  seriesColor,
  type Margin,
} from '@site/src/components/charts';
import {
  ChoiceControl,
  NumberControl,
  WidgetFrame,
  useWidgetParams,
} from '@site/src/components/controls';
import styles from './styles.module.css';

const IDS = LATENCY_NUMBERS.map((entry) => entry.id);

/** One nanosecond, in seconds: the unit the human-scale control magnifies. */
const NANOSECOND = 1e-9;

const PARAMS = {
  ns: { kind: 'number', min: NANOSECOND, max: 10, default: 1 },
  focus: {
    kind: 'choice',
    choices: IDS,
    default: 'datacenter-round-trip' as LatencyNumberId,
  },
} as const;

/** The time axis, seconds: just below the L1 reference (0.5 ns) to 1 s. */
const DOMAIN = [2e-10, 1] as const;

/**
 * The strip chart's margins. The list's bar tracks use the same left and right insets (see
 * styles.module.css), so a bar ends where its dot sits on the axis above.
 */
const MARGIN: Margin = { top: 30, right: 16, bottom: 44, left: 16 };

const SECONDS_PER_MINUTE = 60;
const SECONDS_PER_HOUR = 3600;
const SECONDS_PER_DAY = 86_400;
/** A Julian year, 365.25 days. */
const SECONDS_PER_YEAR = 31_557_600;

/** Translated labels of the rungs, by the model's stable ids. */
function itemLabels(): Record<LatencyNumberId, string> {
  return {
    'l1-cache-reference': translate({
      id: 'widgets.latency.item.l1-cache-reference',
      message: 'L1 缓存访问',
    }),
    'branch-mispredict': translate({
      id: 'widgets.latency.item.branch-mispredict',
      message: '分支预测失败',
    }),
    'l2-cache-reference': translate({
      id: 'widgets.latency.item.l2-cache-reference',
      message: 'L2 缓存访问',
    }),
    'mutex-lock-unlock': translate({
      id: 'widgets.latency.item.mutex-lock-unlock',
      message: '互斥锁加锁再解锁',
    }),
    'main-memory-reference': translate({
      id: 'widgets.latency.item.main-memory-reference',
      message: '主存访问',
    }),
    'compress-1kb-zippy': translate({
      id: 'widgets.latency.item.compress-1kb-zippy',
      message: '用 Zippy（Snappy 的前身）压缩 1 KB',
    }),
    'send-2kb-1gbps': translate({
      id: 'widgets.latency.item.send-2kb-1gbps',
      message: '经 1 Gbit/s 网络发送 2 KB',
    }),
    'ssd-random-read-4kb': translate({
      id: 'widgets.latency.item.ssd-random-read-4kb',
      message: 'SSD 随机读 4 KB',
    }),
    'memory-sequential-read-1mb': translate({
      id: 'widgets.latency.item.memory-sequential-read-1mb',
      message: '从内存顺序读 1 MB',
    }),
    'datacenter-round-trip': translate({
      id: 'widgets.latency.item.datacenter-round-trip',
      message: '同一数据中心内往返一次',
    }),
    'ssd-sequential-read-1mb': translate({
      id: 'widgets.latency.item.ssd-sequential-read-1mb',
      message: '从 SSD 顺序读 1 MB',
    }),
    'disk-seek': translate({
      id: 'widgets.latency.item.disk-seek',
      message: '机械硬盘寻道',
    }),
    'disk-sequential-read-1mb': translate({
      id: 'widgets.latency.item.disk-sequential-read-1mb',
      message: '从机械硬盘顺序读 1 MB',
    }),
    'packet-california-netherlands-round-trip': translate({
      id: 'widgets.latency.item.packet-california-netherlands-round-trip',
      message: '数据包从加州到荷兰再返回',
    }),
  };
}

function kindLabels(): Record<LatencyKind, string> {
  return {
    measured: translate({ id: 'widgets.ladder.kind.measured', message: '实测值' }),
    'rule-of-thumb': translate({ id: 'widgets.ladder.kind.ruleOfThumb', message: '经验估计' }),
    projection: translate({ id: 'widgets.ladder.kind.projection', message: '模型推算' }),
  };
}

/**
 * A duration in the largest everyday unit that keeps it at or above 1: seconds and below as
 * formatSeconds writes them, then minutes, hours, days and (Julian) years. Unit conversion only.
 */
function formatDuration(seconds: number, locale: string): string {
  if (!Number.isFinite(seconds) || seconds < SECONDS_PER_MINUTE)
    return formatSeconds(seconds, locale);
  if (seconds < SECONDS_PER_HOUR)
    return translate(
      { id: 'widgets.ladder.unit.minutes', message: '{n} 分钟' },
      { n: formatNumber(seconds / SECONDS_PER_MINUTE, locale) },
    );
  if (seconds < SECONDS_PER_DAY)
    return translate(
      { id: 'widgets.ladder.unit.hours', message: '{n} 小时' },
      { n: formatNumber(seconds / SECONDS_PER_HOUR, locale) },
    );
  if (seconds < SECONDS_PER_YEAR)
    return translate(
      { id: 'widgets.ladder.unit.days', message: '{n} 天' },
      { n: formatNumber(seconds / SECONDS_PER_DAY, locale) },
    );
  return translate(
    { id: 'widgets.ladder.unit.years', message: '{n} 年' },
    { n: formatNumber(seconds / SECONDS_PER_YEAR, locale) },
  );
}

/**
 * The latency ladder ("latency numbers every programmer should know") on a log time axis, each
 * rung with its year and source, and optionally magnified to human scale ("if 1 ns were 1 s").
 * The figures come from LATENCY_NUMBERS in src/lib/models/latency-numbers.ts.
 */
export default function LatencyNumbers({
  nanosecondAs,
  focus,
}: {
  /** Initial human-scale magnification: what 1 ns becomes, in seconds (1e-9 = real time, to 10). */
  readonly nanosecondAs?: number;
  /** Initial rung named in the reading and highlighted, by its id in LATENCY_NUMBERS. */
  readonly focus?: LatencyNumberId;
}): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const spec = useMemo(
    () => ({
      ns: { ...PARAMS.ns, default: nanosecondAs ?? PARAMS.ns.default },
      focus: { ...PARAMS.focus, default: focus ?? PARAMS.focus.default },
    }),
    [nanosecondAs, focus],
  );
  const { values, set, rejected, urlKeys } = useWidgetParams('ladder', spec);
  const focused = latencyNumber(values.focus as LatencyNumberId);
  const fastest = LATENCY_NUMBERS[0];
  const slowest = LATENCY_NUMBERS[LATENCY_NUMBERS.length - 1];
  const realTime = values.ns <= NANOSECOND;
  /** Seconds a real second becomes at the chosen scale (unit conversion: ns -> chosen time). */
  const magnification = values.ns / NANOSECOND;

  const labels = itemLabels();
  const kinds = kindLabels();
  const human = (seconds: number): string => formatDuration(seconds * magnification, locale);

  const title = translate({
    id: 'widgets.ladder.title',
    message: '延迟数量级阶梯：从纳秒到秒',
    description: 'Title of the LatencyNumbers widget',
  });
  const numbers = {
    unit: formatSeconds(values.ns, locale),
    entry: labels[focused.id],
    real: formatSeconds(focused.seconds, locale),
    scaled: human(focused.seconds),
    ratio: formatNumber(focused.seconds / fastest.seconds, locale),
  };
  const reading = realTime
    ? translate(
        {
          id: 'widgets.ladder.reading.real',
          message: '按真实时间，“{entry}”需要 {real}，是 L1 缓存访问的 {ratio} 倍。',
          description: 'Reading of the latency ladder at real time',
        },
        numbers,
      )
    : translate(
        {
          id: 'widgets.ladder.reading.scaled',
          message:
            '若把 1 ns 放大成 {unit}，“{entry}”的 {real} 就相当于 {scaled}，是 L1 缓存访问的 {ratio} 倍。',
          description: 'Reading of the latency ladder magnified to human scale',
        },
        numbers,
      );
  const description = translate(
    {
      id: 'widgets.ladder.description',
      message:
        '对数刻度点图：横轴为真实耗时，从 1 ns 到 1 s；每个点是一项操作，最快的是“{fastest}”（{fastestValue}），最慢的是“{slowest}”（{slowestValue}）。图下的列表逐项给出数值、年份与出处。当前：{reading}',
    },
    {
      fastest: labels[fastest.id],
      fastestValue: formatSeconds(fastest.seconds, locale),
      slowest: labels[slowest.id],
      slowestValue: formatSeconds(slowest.seconds, locale),
      reading,
    },
  );
  const years = LATENCY_NUMBERS.map((entry) => entry.year);
  const caveat = translate(
    {
      id: 'widgets.ladder.caveat',
      message:
        '这些是 {from} 到 {to} 年发布的数量级估计，用于粗略估算，不是当今硬件的实测值；需要精确数字时，请查所用硬件的数据手册或自己测。',
    },
    { from: Math.min(...years), to: Math.max(...years) },
  );
  const percent = scaleLog().domain(DOMAIN).range([0, 100]).clamp(true);

  return (
    <WidgetFrame
      name="LatencyNumbers"
      title={title}
      urlRejected={rejected.length > 0}
      urlKeys={urlKeys}
      reading={reading}
      controls={
        <>
          <NumberControl
            label={translate({
              id: 'widgets.ladder.control.scale',
              message: '人类尺度：1 ns 放大为（秒）',
            })}
            value={values.ns}
            spec={spec.ns}
            log
            format={(v) => formatSeconds(v, locale)}
            onChange={(v) => set('ns', v)}
          />
          <ChoiceControl
            label={translate({ id: 'widgets.ladder.control.focus', message: '重点关注的操作' })}
            value={focused.id}
            choices={LATENCY_NUMBERS.map((entry) => ({
              value: entry.id,
              label: labels[entry.id],
            }))}
            onChange={(v) => set('focus', v)}
          />
        </>
      }
    >
      <ChartFrame title={title} description={description} height={120} margin={MARGIN}>
        {({ innerWidth, innerHeight }) => {
          const x = scaleLog().domain(DOMAIN).range([0, innerWidth]);
          const narrow = innerWidth < 480;
          const xFocus = x(focused.seconds);
          return (
            <>
              <AxisBottom
                scale={x}
                offset={innerHeight}
                ticks={10}
                label={translate({
                  id: 'widgets.ladder.axis.time',
                  message: '真实耗时（对数刻度）',
                })}
                // On a phone label every third decade only: 1 ns, 1 µs, 1 ms, 1 s.
                tickFormat={(v) =>
                  narrow && Math.round(Math.log10(v)) % 3 !== 0 ? '' : formatSeconds(v, locale)
                }
                gridLength={innerHeight}
              />
              {LATENCY_NUMBERS.map((entry) => (
                <PointMarker
                  key={entry.id}
                  x={x(entry.seconds)}
                  y={innerHeight / 2}
                  color={seriesColor(5)}
                />
              ))}
              <PointMarker
                x={xFocus}
                y={innerHeight / 2}
                color={seriesColor(0)}
                label={realTime ? numbers.real : `${numbers.real} → ${numbers.scaled}`}
                anchor={
                  xFocus > innerWidth * 0.7 ? 'end' : xFocus < innerWidth * 0.3 ? 'start' : 'middle'
                }
              />
            </>
          );
        }}
      </ChartFrame>
      <ol className={styles.list}>
        {LATENCY_NUMBERS.map((entry) => (
          <li key={entry.id} className={clsx(styles.row, entry.id === focused.id && styles.focus)}>
            <div className={styles.head}>
              <span className={styles.label}>{labels[entry.id]}</span>
              <span className={styles.value}>
                {formatSeconds(entry.seconds, locale)}
                {realTime ? null : (
                  <span className={styles.scaled}>{` → ${human(entry.seconds)}`}</span>
                )}
              </span>
            </div>
            <div className={styles.track} aria-hidden="true">
              <span className={styles.bar} style={{ width: `${percent(entry.seconds)}%` }} />
            </div>
            <div className={styles.meta}>
              {translate({ id: 'widgets.ladder.year', message: '{year} 年' }, { year: entry.year })}
              {' · '}
              {kinds[entry.kind]}
              {' · '}
              <Link href={entry.sourceUrl} className={styles.source} title={entry.source}>
                {entry.source}
              </Link>
            </div>
          </li>
        ))}
      </ol>
      <p className={styles.caveat}>{caveat}</p>
    </WidgetFrame>
  );
}
