// The model's named things: sectors, regions and their cities (English as in
// src/engine/sectors.ts and regions.ts, checked by the tests), device classes (types.ts
// CLASSES), and the bundled scenario files (scenarios/*.json, by file name).
import type { Catalog } from '../../message.js';

export const domain = {
  'domain.sector.airlines': 'Airlines & airports',
  'domain.sector.healthcare': 'Healthcare',
  'domain.sector.banking': 'Banking & markets',
  'domain.sector.retail': 'Retail & payments',
  'domain.sector.emergency': 'Emergency services',
  'domain.sector.government': 'Government',
  'domain.sector.media': 'Media & broadcasting',
  'domain.sector.rail': 'Rail & logistics',
  'domain.sector.energy': 'Energy & utilities',
  'domain.sector.manufacturing': 'Manufacturing',
  'domain.sector.other': 'Other enterprises',

  'domain.region.na-east': 'North America, Eastern',
  'domain.region.na-central': 'North America, Central',
  'domain.region.na-west': 'North America, Mountain & Pacific',
  'domain.region.latam': 'Latin America',
  'domain.region.uk-ie': 'UK and Ireland',
  'domain.region.europe': 'Continental Europe',
  'domain.region.mea': 'Middle East and Africa',
  'domain.region.india': 'India',
  'domain.region.east-asia': 'East Asia',
  'domain.region.se-asia': 'South-East Asia',
  'domain.region.anz': 'Australia and New Zealand',

  'domain.city.na-east': 'New York',
  'domain.city.na-central': 'Chicago',
  'domain.city.na-west': 'Los Angeles',
  'domain.city.latam': 'São Paulo',
  'domain.city.uk-ie': 'London',
  'domain.city.europe': 'Berlin',
  'domain.city.mea': 'Riyadh',
  'domain.city.india': 'Delhi',
  'domain.city.east-asia': 'Tokyo',
  'domain.city.se-asia': 'Singapore',
  'domain.city.anz': 'Sydney',

  // The registry's labels use the bare ids ("Hands-on time: vm"); these are the readable names.
  'domain.class.server': 'server',
  'domain.class.fixed': 'fixed-function device',
  'domain.class.workstation': 'workstation',
  'domain.class.vm': 'virtual machine',

  'scenario.untitled': 'Untitled scenario',
  'scenarioFile.july-2024.name': 'July 2024 baseline',
  'scenarioFile.july-2024.description':
    'The faulty channel file 291 as it happened: published 04:09 UTC on Friday 19 July 2024 to every eligible Windows sensor at once, reverted at 05:27 UTC. Calibrated to about 8.5 million crashed devices (Microsoft, 20 Jul 2024) and over 97% of Windows sensors back online on 25 July (CrowdStrike). Every other scenario changes one lever of this one, so its difference from this run is that lever\'s effect.',
  'scenarioFile.canary-ring.name': '1% canary with a one-hour bake and an automatic halt',
  'scenarioFile.canary-ring.description':
    'The smallest safeguard CrowdStrike committed to (PIR, 24 Jul 2024): new content goes to 1% of devices first, and to everyone else one hour later unless crash telemetry stops it. Here it does: telemetry passes 1,000 crashes within minutes of publish and the rollout halts 15 minutes later, so only canary machines that were on crash. Tests how much of the 8.5 million a small ring with monitoring would have spared, and that the ring helps only with the halt behind it.',
  'scenarioFile.staged-rings.name': 'Staged rings with an automatic halt',
  'scenarioFile.staged-rings.description':
    'CrowdStrike\'s post-incident deployment plan in full (PIR, 24 Jul 2024): 1% of devices first, 10% after two hours, everyone else after four more, with the rollout halted 15 minutes after crash telemetry reaches 1,000 devices. Tests whether the later rings ever see the file (they do not: the halt comes within the first ring\'s bake), so the canary\'s size alone sets the damage.',
  'scenarioFile.revert-on-detection.name': 'Revert on detection',
  'scenarioFile.revert-on-detection.description':
    'No revert at a set minute: the file is reverted 30 minutes after crash telemetry passes 10,000 devices, for a full push like July 2024\'s. Tests the detection mechanism on its own (push.revertMinutes "never", push.haltAfterCrashes, push.haltDetectionMinutes): a push that crashes millions at once passes the threshold within about a minute, so the revert comes about half an hour after publish instead of 78 minutes, and the known-bad list with it. In the canary scenarios a small ring crashes slowly and is detected later.',
  'scenarioFile.faster-revert.name': 'Revert after 15 minutes',
  'scenarioFile.faster-revert.description':
    'The same push, reverted 15 minutes after publish instead of 78, and the known-bad list with it. Tests how much a much faster decision would have saved: most machines that were on took the file at their first poll, within about ten minutes, so the saving is mostly the machines that would have switched on in between.',
  'scenarioFile.us-business-hours.name': 'Released during US business hours',
  'scenarioFile.us-business-hours.description':
    'The same update published ten hours later on the same Friday, at 14:09 UTC on 19 July 2024: 10:09 in New York, evening in Europe, night in Asia and Australia. Tests the release hour alone: who has a machine on depends on the local hour, and the Americas\' desks are on. The check point stays 151.85 hours after publish (25 Jul 22:00 UTC), so both releases get the same time to recover.',
  'scenarioFile.saturday-release.name': 'Released on a Saturday',
  'scenarioFile.saturday-release.description':
    'The same update published one day later at the same hour, 04:09 UTC on Saturday 20 July 2024. Tests the weekday alone: office desks are off at the weekend, so fewer machines crash, while servers, virtual machines and fixed endpoints crash as on Friday. Crisis staffing starts when each site is hit, whatever the day, so the weekday changes recovery only through who had a machine on and when the next ordinary weekend comes. The check point stays 151.85 hours after publish (26 Jul 12:00 UTC).',
  'scenarioFile.keys-escrowed.name': 'All BitLocker keys reachable',
  'scenarioFile.keys-escrowed.description':
    'Every encrypted device\'s recovery key can be found, and no customer keeps its key escrow on a server that crashed too. Tests BitLocker key escrow reachability (repair.keyEscrowedShare 1, repair.onPremKeyServerShare 0): no device is re-imaged and nobody waits for a key server, which shows what key management cost in July 2024.',
  'scenarioFile.no-vendor-tools.name': 'No vendor recovery tools',
  'scenarioFile.no-vendor-tools.description':
    'Neither Microsoft\'s USB recovery tool (20-21 Jul 2024) nor CrowdStrike\'s opt-in automated remediation (21-22 Jul 2024) ever comes: every stuck machine is fixed by hand. Tests what the vendors\' tools added to the recovery, with both dates set to never rather than to a late date, so the timeline shows neither.',
  'scenarioFile.holdback-24h.name': 'Half the customers on N-1 content',
  'scenarioFile.holdback-24h.description':
    'Half of the customers take new content only 24 hours after it is published (an N-1 style policy for content, which CrowdStrike offered after the incident). The revert reaches everyone at once, so they never see the faulty file. Tests customer control over content delivery: a delay longer than the exposure window protects those who use it, and only them.',
  'scenarioFile.user-mode-agent.name': 'Agents outside the kernel',
  'scenarioFile.user-mode-agent.description':
    'Every sensor runs in user mode (the direction of Microsoft\'s Windows resilience work, Nov 2024): the faulty file crashes the agent, not Windows. Tests push.kernelModeShare 0: no machine crashes; the failed agents are sensors offline while Windows stays up, drawn apart on the timeline, and come back once they fetch the fix after the revert.',
  'scenarioFile.double-staff.name': 'Twice the repair staff',
  'scenarioFile.double-staff.description':
    'Every customer finds twice as many hands for the repair (contractors, vendor engineers, staff from other teams): the repair staff of every sector doubled with repair.surgeStaff, the one person a small site has included. Tests how far recovery was limited by people: the crash is the same, the hours until 97% of crashed devices are back shrink.',
  'scenarioFile.network-repair.name': 'Repair over the network from hour 12',
  'scenarioFile.network-repair.description':
    'From 12 hours after publish, staff reach half of the stuck servers, endpoints and desks without hands on the machine: a remote console (iLO, iDRAC, vPro) or a network boot into a repair image, six minutes of staff time each and no travel. Tests remote remediation (repair.networkFixShare, repair.networkFixHours, repair.networkFixMinutes): where machines could be reached remotely, repair took less time and remote sites gained most.',
  // src/ensemble/levers.ts: each lever's name and its low and high settings, as the sensitivity
  // ranking shows them (the same English as levers.ts, which the command line's exports keep).
  'domain.lever.revert.label': 'Time to revert the content',
  'domain.lever.revert.low': '15 min',
  'domain.lever.revert.high': '4 h',
  'domain.lever.canary.label': 'Canary ring (1%, 1 h bake) with an automatic halt',
  'domain.lever.canary.low': 'none (July 2024)',
  'domain.lever.canary.high': '1% canary, halt at 1,000 crashes',
  'domain.lever.halt.label': 'Automatic halt on crash telemetry',
  'domain.lever.halt.low': 'none (July 2024)',
  'domain.lever.halt.high': 'halt at 10,000 crashes',
  'domain.lever.holdback.label': 'Customers holding content back a day (N-1)',
  'domain.lever.holdback.low': 'none (July 2024)',
  'domain.lever.holdback.high': 'half of customers',
  'domain.lever.kernel.label': 'Agents outside the kernel',
  'domain.lever.kernel.low': 'all in the kernel (July 2024)',
  'domain.lever.kernel.high': 'half outside',
  'domain.lever.keys.label': 'BitLocker keys reachable',
  'domain.lever.keys.low': 'more keys lost, key servers down',
  'domain.lever.keys.high': 'every key escrowed off-site',
  'domain.lever.staff.label': 'Hands for repair',
  'domain.lever.staff.low': 'half',
  'domain.lever.staff.high': 'double',
  'domain.lever.network.label': 'Repair over the network (remote console, network boot)',
  'domain.lever.network.low': 'none (July 2024 as modelled)',
  'domain.lever.network.high': 'half the stuck devices, from 12 h',
  'domain.lever.release.label': 'Release hour',
  'domain.lever.release.low': 'Fri 14:00 UTC (US morning)',
  'domain.lever.release.high': 'Sat 02:00 UTC (Friday evening in the US)',
  'domain.lever.vendor.label': 'Vendor recovery tools',
  'domain.lever.vendor.low': 'never',
  'domain.lever.vendor.high': 'within a day',
} as const satisfies Catalog;
