// Published figures the service layer is compared with (not model inputs: those are in
// src/engine/params.ts). Each carries its source; docs/SOURCES.md lists them too.

export interface Reference {
  value: number;
  source: string;
}

export const REFERENCE = {
  worldFlightsPerDay: { value: 104_000, source: 'Cirium: about 104,000 flights scheduled worldwide on 20 Jul 2024' },
  flightsCancelled19Jul: { value: 5171, source: 'FlightAware: 5,171 flights cancelled worldwide on Fri 19 Jul 2024 (all causes)' },
  crowdstrikeCancellations5Days: {
    value: 9750,
    source: 'Cirium: Delta\'s nearly 6,500 cancellations in the five days after the outage were two-thirds of all CrowdStrike-related cancellations worldwide',
  },
  deltaCancellations: { value: 7000, source: 'Delta filings, Aug 2024: about 7,000 flights cancelled over about five days, 1.3 million customers' },
  deltaCostUSD: { value: 550e6, source: 'Delta SEC filing, Aug 2024: about $550 million ($380M revenue, $170M costs)' },
  unitedCancellations: { value: 1600, source: 'public reporting, Jul 2024: United cancelled over 1,600 flights (15% on Sat 20 Jul, 9% on Sun 21 Jul, FlightAware)' },
  americanCancellations: { value: 900, source: 'public reporting, Jul 2024: American cancelled over 900 flights' },
  fortune500LossUSD: { value: 5.4e9, source: 'Parametrix, 24 Jul 2024: $5.4 billion direct loss to US Fortune 500 companies (excluding Microsoft), 125 of them affected, 10-20% insured' },
  fortune500HealthcareUSD: { value: 1.938e9, source: 'Parametrix, 24 Jul 2024: healthcare $1.938 billion' },
  fortune500BankingUSD: { value: 1.149e9, source: 'Parametrix, 24 Jul 2024: banking $1.149 billion' },
  fortune500AirlinesUSD: { value: 0.86e9, source: 'Parametrix, 24 Jul 2024: the six Fortune 500 airlines about $860 million' },
  usHospitals: { value: 6120, source: 'American Hospital Association, 2024: 6,120 US hospitals' },
  usDispatchCentres: { value: 6100, source: 'NENA, 2011: about 6,100 primary and secondary 911 centres (PSAPs) in the US' },
} as const satisfies Record<string, Reference>;
