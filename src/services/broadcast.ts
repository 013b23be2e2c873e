// Broadcast channels off air: playout stopped (below STOPPED_BELOW of normal output).
import type { SiteServiceRun } from './serviceRun.js';

export interface BroadcastFigures {
  channels: number;
  /** Channels off air at some point. */
  offAir: number;
  channelMinutesOffAir: number;
}

export class BroadcastTally {
  private readonly f: BroadcastFigures = { channels: 0, offAir: 0, channelMinutesOffAir: 0 };

  add(units: number, w: number, run: SiteServiceRun): void {
    this.f.channels += units;
    if (w <= 0 || run.stoppedHours <= 0) return;
    this.f.offAir += w;
    this.f.channelMinutesOffAir += w * run.stoppedHours * 60;
  }

  result(): BroadcastFigures {
    return { ...this.f };
  }
}
