/** Controls and the frame shared by every widget. */
export { default as NumberControl, type NumberControlProps } from './NumberControl';
export { default as ChoiceControl, type Choice } from './ChoiceControl';
export { default as WidgetFrame } from './WidgetFrame';
export { useWidgetParams, type ParamSpec, type ParamValues } from './useWidgetParams';
export { usePrefersReducedMotion } from './usePrefersReducedMotion';
