import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LATENCY_NUMBERS, latencyNumber, type LatencyNumberId } from './latency-numbers';
import { fiberRtt, greatCircleKm } from './network';

test('the ladder is sorted ascending and every value is a positive finite number of seconds', () => {
  for (let i = 0; i < LATENCY_NUMBERS.length; i++) {
    const { id, seconds } = LATENCY_NUMBERS[i];
    assert.ok(Number.isFinite(seconds) && seconds > 0, `${id}: ${seconds}`);
    if (i > 0) assert.ok(seconds >= LATENCY_NUMBERS[i - 1].seconds, `${id} out of order`);
  }
  // Everything sits between a nanosecond fraction and a second.
  assert.ok(LATENCY_NUMBERS[0].seconds >= 1e-10);
  assert.ok(LATENCY_NUMBERS[LATENCY_NUMBERS.length - 1].seconds < 1);
});

test('every entry has a unique id, a source, an https URL, a plausible year and a kind', () => {
  const ids = new Set<string>();
  for (const e of LATENCY_NUMBERS) {
    assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
    ids.add(e.id);
    assert.match(e.id, /^[a-z0-9-]+$/);
    assert.ok(e.source.length > 10, `${e.id} source`);
    assert.match(e.sourceUrl, /^https:\/\//, `${e.id} url`);
    assert.ok(Number.isInteger(e.year) && e.year >= 2000 && e.year <= 2030, `${e.id} year`);
    assert.ok(['measured', 'rule-of-thumb', 'projection'].includes(e.kind), `${e.id} kind`);
  }
});

test('the figures are the ones the bibliography lists for the classic table', () => {
  // /work/shared/bibliography.md, "Latency numbers every programmer should know".
  const expected: [LatencyNumberId, number][] = [
    ['l1-cache-reference', 0.5e-9],
    ['branch-mispredict', 5e-9],
    ['l2-cache-reference', 7e-9],
    ['mutex-lock-unlock', 25e-9],
    ['main-memory-reference', 100e-9],
    ['ssd-random-read-4kb', 150e-6],
    ['memory-sequential-read-1mb', 250e-6],
    ['datacenter-round-trip', 500e-6],
    ['disk-seek', 10e-3],
    ['packet-california-netherlands-round-trip', 150e-3],
  ];
  for (const [id, seconds] of expected) assert.equal(latencyNumber(id).seconds, seconds, id);
});

test('the ratios annotated in the published table hold', () => {
  // Bonér's gist annotates L2 as 14x L1, memory as 200x L1, disk seek as 20x a datacenter
  // round trip, and a 1 MB disk read as 80x memory and 20x SSD.
  const s = (id: LatencyNumberId) => latencyNumber(id).seconds;
  assert.equal(Math.round(s('l2-cache-reference') / s('l1-cache-reference')), 14);
  assert.equal(Math.round(s('main-memory-reference') / s('l1-cache-reference')), 200);
  assert.equal(Math.round(s('disk-seek') / s('datacenter-round-trip')), 20);
  assert.equal(Math.round(s('disk-sequential-read-1mb') / s('memory-sequential-read-1mb')), 80);
  assert.equal(Math.round(s('disk-sequential-read-1mb') / s('ssd-sequential-read-1mb')), 20);
});

test('sending 2 KB at 1 Gbit/s is about 16 µs of wire time, consistent with the 20 µs rung', () => {
  // 2048 B × 8 / 1e9 = 16.4 µs of serialization; the rung rounds up with overheads.
  const wire = (2048 * 8) / 1e9;
  const rung = latencyNumber('send-2kb-1gbps').seconds;
  assert.ok(rung >= wire && rung < 2 * wire, `${rung} vs ${wire}`);
});

test('the California-Netherlands round trip is above the speed-of-light-in-fibre floor', () => {
  // San Francisco - Amsterdam ≈ 8,773 km great-circle: at least ≈ 86 ms round trip in fibre.
  const floor = fiberRtt(greatCircleKm(37.7749, -122.4194, 52.3676, 4.9041));
  const rung = latencyNumber('packet-california-netherlands-round-trip').seconds;
  assert.ok(rung > floor && rung < 2 * floor, `${rung} vs floor ${floor}`);
});

test('unknown ids throw a RangeError naming id', () => {
  assert.throws(() => latencyNumber('floppy-seek' as LatencyNumberId), /id must/);
});
