// Which sites a shard runs: chunks of `chunkSites` consecutive sites dealt round-robin, so
// every shard gets a mix of sectors (sites are stored sector by sector) and large customers.
import { runSites, type Accumulator, type Prepared } from '../engine/index.js';

/** Number of sites shard `shard` of `shards` runs. */
export function shardSiteCount(nSites: number, shard: number, shards: number, chunkSites: number): number {
  let n = 0;
  for (let from = shard * chunkSites; from < nSites; from += shards * chunkSites) n += Math.min(chunkSites, nSites - from);
  return n;
}

/** Runs the shard's sites into `acc`, calling `onChunk(sitesDone)` after each chunk. */
export function runShard(
  prep: Prepared, acc: Accumulator, shard: number, shards: number, chunkSites: number,
  onChunk?: (sitesDone: number) => void,
): void {
  const nSites = prep.fleet.nSites;
  let done = 0;
  for (let from = shard * chunkSites; from < nSites; from += shards * chunkSites) {
    const to = Math.min(nSites, from + chunkSites);
    runSites(prep, from, to, acc);
    done += to - from;
    onChunk?.(done);
  }
}
