import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as models from './index';

// The names the chapters and widgets rely on (issue: interactive widgets on tested models).
const REQUIRED = [
  'mm1',
  'erlangC',
  'mmc',
  'littlesLaw',
  'kingmanWaitingTime',
  'amdahlSpeedup',
  'uslCapacity',
  'uslPeak',
  'fitUsl',
  'fanoutSlowProbability',
  'quantile',
  'downtime',
  'seriesAvailability',
  'parallelAvailability',
  'bandwidthDelayProduct',
  'mathisThroughput',
  'fiberRtt',
  'zipfWeights',
  'lruHitRatioChe',
  'simulateCache',
  'effectiveLatency',
  'consistentHashLoad',
  'isStrictQuorum',
  'createRng',
  'simulateQueue',
  'simulateLoadBalancer',
  'keyStaleReads',
  'readYourWrites',
];

test('the barrel exports every model function the book relies on', () => {
  const exported = models as unknown as Record<string, unknown>;
  for (const name of REQUIRED) assert.equal(typeof exported[name], 'function', name);
});
