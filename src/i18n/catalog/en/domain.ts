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
    'The faulty channel file 291 as it happened: published 04:09 UTC on Friday 19 July 2024 to every eligible Windows sensor at once, reverted at 05:27 UTC. Calibrated to about 8.5 million crashed devices (Microsoft, 20 Jul 2024) and over 97% of Windows sensors back online on 25 July (CrowdStrike).',
  'scenarioFile.canary-ring.name': 'Canary ring with automatic halt',
  'scenarioFile.canary-ring.description':
    'What CrowdStrike committed to after the incident: 1% of devices get new content first, 10% after two hours, everyone else after four more; the rollout halts by itself 15 minutes after crash telemetry reaches 1,000 devices.',
  'scenarioFile.double-staff.name': 'Twice the repair staff',
  'scenarioFile.double-staff.description':
    'Every customer finds twice as many hands for the repair (contractors, vendors, staff from other teams).',
  'scenarioFile.faster-revert.name': 'Revert after 20 minutes',
  'scenarioFile.faster-revert.description': 'The same push, reverted 20 minutes after publish instead of 78.',
  'scenarioFile.holdback-24h.name': 'Half the customers hold content back 24 hours',
  'scenarioFile.holdback-24h.description':
    'Half of the customers take new content only after 24 hours (an N-1 style policy for content). The revert reaches everyone at once, so they never see the faulty file.',
  'scenarioFile.keys-escrowed.name': 'Every BitLocker key escrowed in the cloud',
  'scenarioFile.keys-escrowed.description':
    "Every encrypted device's recovery key can be found, and no customer keeps its key escrow on a server that crashed too.",
  'scenarioFile.us-business-hours.name': 'Released during US business hours',
  'scenarioFile.us-business-hours.description':
    'The same update published at 14:09 UTC on Thursday 18 July 2024 (10:09 in New York, night in Asia and Australia).',
  'scenarioFile.user-mode-agent.name': 'Agents outside the kernel',
  'scenarioFile.user-mode-agent.description':
    "Every sensor runs in user mode (the direction of Microsoft's Windows resilience work, Nov 2024): the faulty file crashes the agent, not Windows.",
} as const satisfies Catalog;
