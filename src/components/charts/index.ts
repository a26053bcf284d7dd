/** Small SVG chart primitives on d3-scale and d3-shape; colours from Infima variables. */
export { default as ChartFrame, DEFAULT_MARGIN, type Margin, type PlotArea } from './ChartFrame';
export { AxisBottom, AxisLeft } from './Axis';
export { axisTicks, type AxisScale } from './ticks';
export {
  AreaSeries,
  HistogramBars,
  LineSeries,
  PointMarker,
  ReferenceLine,
  type Bin,
  type Point,
} from './Series';
export { default as BarChart, type BarChartProps, type BarSeries } from './BarChart';
export { PointerLayer, ReadoutMarker, ReadoutText, usePointerFraction } from './Readout';
export { default as Legend, type LegendItem } from './Legend';
export { axisColor, gridColor, seriesColor, seriesColors, textColor } from './colors';
export { DEFAULT_CHART_WIDTH, useChartWidth } from './useChartWidth';
