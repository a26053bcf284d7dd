/**
 * The book's performance models: pure functions in SI units (seconds, requests per second,
 * bytes, bits per second; probabilities in [0, 1]). No React, no DOM. Widgets import from here,
 * or from the concept's own file when a page should ship only that model.
 */
export * from './validate';
export * from './rng';
export * from './statistics';
export * from './queueing';
export * from './littles-law';
export * from './kingman';
export * from './scalability';
export * from './fanout';
export * from './availability';
export * from './queue-simulation';
export * from './load-balancer';
export * from './network';
export * from './cache';
export * from './consistent-hash';
export * from './quorum';
export * from './batching';
export * from './backpressure';
export * from './retry';
export * from './latency-numbers';
export * from './latency-mixture';
export * from './coordinated-omission';
export * from './storage-amplification';
export * from './sharding';
export * from './replication';
