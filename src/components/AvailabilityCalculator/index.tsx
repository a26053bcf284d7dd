import React, { useMemo, type ReactNode } from 'react';
import { scaleLinear } from 'd3-scale';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  downtime,
  nines,
  parallelAvailability,
  seriesAvailability,
} from '@site/src/lib/models/availability';
import { formatNumber, formatPercent, formatSeconds } from '@site/src/lib/format';
import {
  AxisBottom,
  AxisLeft,
  ChartFrame,
  Legend,
  LineSeries,
  PointMarker,
  ReferenceLine,
  seriesColor,
  type Point,
} from '@site/src/components/charts';
import { NumberControl, WidgetFrame, useWidgetParams } from '@site/src/components/controls';
import styles from './styles.module.css';

const PARAMS = {
  pct: { kind: 'number', min: 90, max: 99.9999, default: 99.9 },
  serial: { kind: 'number', min: 1, max: 20, default: 5, integer: true },
  replicas: { kind: 'number', min: 1, max: 3, default: 2, integer: true },
} as const;

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
/** The periods of the downtime table: a 365-day year, a 30-day month, a week, a day. */
const PERIODS = [
  { key: 'year', seconds: 365 * DAY },
  { key: 'month', seconds: 30 * DAY },
  { key: 'week', seconds: 7 * DAY },
  { key: 'day', seconds: DAY },
] as const;

type PeriodKey = (typeof PERIODS)[number]['key'];

const SERIAL_COUNTS = Array.from({ length: PARAMS.serial.max }, (_, i) => i + 1);

/** Availability of `serial` stages in series, each stage `replicas` parallel copies of `a`. */
function composed(a: number, serial: number, replicas: number): number {
  const stage = parallelAvailability(Array.from({ length: replicas }, () => a));
  return seriesAvailability(Array.from({ length: serial }, () => stage));
}

/** Seconds in days, hours, minutes or seconds, whichever keeps the number at or above 1. */
function formatDuration(seconds: number, locale: string): string {
  if (seconds >= DAY)
    return translate(
      { id: 'widgets.avail.unit.days', message: '{value} 天' },
      { value: formatNumber(seconds / DAY, locale) },
    );
  if (seconds >= HOUR)
    return translate(
      { id: 'widgets.avail.unit.hours', message: '{value} 小时' },
      { value: formatNumber(seconds / HOUR, locale) },
    );
  if (seconds >= MINUTE)
    return translate(
      { id: 'widgets.avail.unit.minutes', message: '{value} 分钟' },
      { value: formatNumber(seconds / MINUTE, locale) },
    );
  if (seconds >= 1)
    return translate(
      { id: 'widgets.avail.unit.seconds', message: '{value} 秒' },
      { value: formatNumber(seconds, locale) },
    );
  return formatSeconds(seconds, locale);
}

/** Enough significant digits to show every nine: 99.9 %, 99.95 %, 99.9999 %. */
function formatAvailability(a: number, locale: string): string {
  const digits = Math.min(15, Math.max(3, Math.ceil(nines(a)) + 2));
  return formatPercent(a, locale, digits);
}

/**
 * Availability in words: downtime per year, month, week and day for one component, and for a
 * request path through several components in series, each replicated in parallel. Numbers come
 * from `downtime`, `seriesAvailability`, `parallelAvailability` and `nines` in
 * src/lib/models/availability.ts, which assume independent failures and instant failover.
 */
export default function AvailabilityCalculator({
  availability,
  serialComponents,
  replicas,
}: {
  /** Initial availability of one component, a fraction from 0.9 to 0.999999. */
  readonly availability?: number;
  /** Initial number of components the request path goes through in series, 1 to 20. */
  readonly serialComponents?: number;
  /** Initial number of parallel replicas of each component, 1 to 3. */
  readonly replicas?: number;
}): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const spec = useMemo(
    () => ({
      pct: {
        ...PARAMS.pct,
        default:
          availability === undefined
            ? PARAMS.pct.default
            : Number((availability * 100).toPrecision(10)),
      },
      serial: { ...PARAMS.serial, default: serialComponents ?? PARAMS.serial.default },
      replicas: { ...PARAMS.replicas, default: replicas ?? PARAMS.replicas.default },
    }),
    [availability, serialComponents, replicas],
  );
  const { values, set, rejected, urlKeys } = useWidgetParams('avail', spec);
  const single = values.pct / 100;

  const columns = [
    {
      key: 'single',
      label: translate({ id: 'widgets.avail.table.single', message: '单个组件' }),
      availability: single,
    },
    {
      key: 'series',
      label: translate(
        { id: 'widgets.avail.table.series', message: '{serial} 个串联' },
        { serial: values.serial },
      ),
      availability: composed(single, values.serial, 1),
    },
    {
      key: 'replicated',
      label: translate(
        { id: 'widgets.avail.table.replicated', message: '{serial} 个串联、各 {replicas} 副本' },
        { serial: values.serial, replicas: values.replicas },
      ),
      availability: composed(single, values.serial, values.replicas),
    },
  ];
  const total = columns[2].availability;
  // Below about 1e-16 unavailability, 1 - A rounds to 0 in double precision.
  const resolvable = (a: number): boolean => a < 1;

  const curves = useMemo(
    () =>
      Array.from({ length: values.replicas }, (_, r) =>
        SERIAL_COUNTS.map((n): Point => {
          const a = composed(values.pct / 100, n, r + 1);
          return { x: n, y: a < 1 ? nines(a) : Infinity };
        }),
      ),
    [values.pct, values.replicas],
  );

  const periodLabels: Record<PeriodKey, string> = {
    year: translate({ id: 'widgets.avail.period.year', message: '每年停机' }),
    month: translate({ id: 'widgets.avail.period.month', message: '每月停机' }),
    week: translate({ id: 'widgets.avail.period.week', message: '每周停机' }),
    day: translate({ id: 'widgets.avail.period.day', message: '每天停机' }),
  };
  const beyond = translate({
    id: 'widgets.avail.beyondPrecision',
    message: '超过 15 个 9',
    description: 'Shown when the composed availability rounds to 1 in double precision',
  });
  const negligible = `< ${formatSeconds(1e-6, locale)}`;

  const title = translate({
    id: 'widgets.avail.title',
    message: '可用性计算器：几个 9 意味着多少停机时间',
    description: 'Title of the AvailabilityCalculator widget',
  });
  const singleText = {
    a: formatAvailability(single, locale),
    nines: formatNumber(nines(single), locale),
    year: formatDuration(downtime(single, PERIODS[0].seconds), locale),
    month: formatDuration(downtime(single, PERIODS[1].seconds), locale),
    serial: values.serial,
    replicas: values.replicas,
  };
  const reading = resolvable(total)
    ? translate(
        {
          id: 'widgets.avail.reading',
          message:
            '单个组件可用性 {a}（{nines} 个 9），每年停机 {year}、每月 {month}；{serial} 个组件串联、每个 {replicas} 个副本时，整体可用性为 {total}（{totalNines} 个 9），每年停机 {totalYear}。',
          description: 'One-line reading of the availability widget',
        },
        {
          ...singleText,
          total: formatAvailability(total, locale),
          totalNines: formatNumber(nines(total), locale),
          totalYear: formatDuration(downtime(total, PERIODS[0].seconds), locale),
        },
      )
    : translate(
        {
          id: 'widgets.avail.readingBeyond',
          message:
            '单个组件可用性 {a}（{nines} 个 9），每年停机 {year}、每月 {month}；{serial} 个组件串联、每个 {replicas} 个副本时，按独立故障计算整体可用性超过 15 个 9，超出了浮点精度。现实中，相关故障早在这之前就会成为瓶颈。',
        },
        singleText,
      );
  const description = translate(
    {
      id: 'widgets.avail.description',
      message:
        '折线图：横轴为串联组件数 1 到 20，纵轴为整体可用性的“几个 9”。每条线对应每个组件的副本数，串联越多线越低，副本越多线越高；虚线为单个组件的 {nines} 个 9。{reading}',
    },
    { nines: singleText.nines, reading },
  );

  const finite = curves.flat().filter((p) => Number.isFinite(p.y));
  const yMax = Math.max(1, ...finite.map((p) => p.y)) * 1.1;
  const current = curves[curves.length - 1][values.serial - 1];
  const lineLabel = (r: number): string =>
    translate(
      { id: 'widgets.avail.legend.replicas', message: '每个组件 {replicas} 个副本' },
      { replicas: r },
    );

  return (
    <WidgetFrame
      name="AvailabilityCalculator"
      title={title}
      urlRejected={rejected.length > 0}
      urlKeys={urlKeys}
      reading={reading}
      controls={
        <>
          <NumberControl
            label={translate({
              id: 'widgets.avail.control.availability',
              message: '单个组件的可用性（%）',
            })}
            value={values.pct}
            spec={spec.pct}
            step={0.0001}
            format={(v) => formatAvailability(v / 100, locale)}
            onChange={(v) => set('pct', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.avail.control.serial',
              message: '串联依赖数（都要可用）',
            })}
            value={values.serial}
            spec={spec.serial}
            onChange={(v) => set('serial', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.avail.control.replicas',
              message: '每个组件的并联副本数',
            })}
            value={values.replicas}
            spec={spec.replicas}
            onChange={(v) => set('replicas', v)}
          />
        </>
      }
    >
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <thead>
            <tr>
              <td />
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">
                {translate({ id: 'widgets.avail.table.availability', message: '可用性' })}
              </th>
              {columns.map((c) => (
                <td key={c.key}>
                  {resolvable(c.availability) ? formatAvailability(c.availability, locale) : beyond}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">
                {translate({ id: 'widgets.avail.table.nines', message: '几个 9' })}
              </th>
              {columns.map((c) => (
                <td key={c.key}>
                  {resolvable(c.availability)
                    ? formatNumber(nines(c.availability), locale)
                    : '> 15'}
                </td>
              ))}
            </tr>
            {PERIODS.map((period) => (
              <tr key={period.key}>
                <th scope="row">{periodLabels[period.key]}</th>
                {columns.map((c) => (
                  <td key={c.key}>
                    {resolvable(c.availability)
                      ? formatDuration(downtime(c.availability, period.seconds), locale)
                      : negligible}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ChartFrame title={title} description={description} height={260}>
        {({ innerWidth, innerHeight }) => {
          const x = scaleLinear().domain([1, PARAMS.serial.max]).range([0, innerWidth]);
          const y = scaleLinear().domain([0, yMax]).range([innerHeight, 0]).nice();
          return (
            <>
              <AxisLeft
                scale={y}
                label={translate({
                  id: 'widgets.avail.axis.nines',
                  message: '几个 9（3 = 99.9%）',
                })}
                ticks={5}
                tickFormat={(v) => formatNumber(v, locale)}
                gridLength={innerWidth}
              />
              <AxisBottom
                scale={x}
                offset={innerHeight}
                label={translate({ id: 'widgets.avail.axis.serial', message: '串联依赖数' })}
                tickFormat={(v) => formatNumber(v, locale)}
              />
              <ReferenceLine
                orientation="horizontal"
                at={y(nines(single))}
                length={innerWidth}
                label={translate({ id: 'widgets.avail.marker.single', message: '单个组件' })}
              />
              {curves.map((points, r) => (
                <LineSeries key={r} points={points} x={x} y={y} color={seriesColor(r)} />
              ))}
              <PointMarker
                x={x(current.x)}
                y={y(current.y)}
                color={seriesColor(curves.length - 1)}
                label={formatAvailability(total, locale)}
                anchor={values.serial > 10 ? 'end' : 'start'}
              />
            </>
          );
        }}
      </ChartFrame>
      <Legend items={curves.map((_, r) => ({ label: lineLabel(r + 1), color: seriesColor(r) }))} />
      <p className={styles.note}>
        {translate({
          id: 'widgets.avail.note',
          message:
            '一年按 365 天、一个月按 30 天计。串联与并联公式都假设各组件独立故障、故障切换瞬间完成；共享机架、可用区或同一次错误发布造成的相关故障，会让真实可用性低得多。',
        })}
      </p>
    </WidgetFrame>
  );
}
