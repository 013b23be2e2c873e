import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGION_INFO } from '../../src/engine/regions.js';
import { SECTOR_INFO } from '../../src/engine/sectors.js';
import { CLASSES } from '../../src/engine/types.js';
import { EN } from '../../src/i18n/catalog/index.js';
import { bundledScenarioText, cityName, deviceClassName, regionName, sectorName } from '../../src/i18n/domain.js';

const SCENARIOS = join(import.meta.dirname, '..', '..', 'scenarios');

describe('names of the model\'s things', () => {
  it('English sector, region and city names are the engine\'s own', () => {
    for (const s of SECTOR_INFO) expect(sectorName(s.id, 'en')).toBe(s.label);
    for (const r of REGION_INFO) {
      expect(regionName(r.id, 'en')).toBe(r.label);
      expect(cityName(r.id, 'en')).toBe(r.city);
    }
  });

  it('every sector, region, city and device class has a Japanese name of its own', () => {
    const ja = [
      ...SECTOR_INFO.map((s) => sectorName(s.id, 'ja')),
      ...REGION_INFO.flatMap((r) => [regionName(r.id, 'ja'), cityName(r.id, 'ja')]),
      ...CLASSES.map((c) => deviceClassName(c, 'ja')),
    ];
    for (const name of ja) expect(name).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(new Set(ja).size).toBe(ja.length);
  });
});

describe('bundled scenario files', () => {
  const files = readdirSync(SCENARIOS).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

  it('each file has a name and description in both languages; English is the file\'s own text', () => {
    for (const id of files) {
      const file = JSON.parse(readFileSync(join(SCENARIOS, `${id}.json`), 'utf8')) as { name: string; description: string };
      expect(bundledScenarioText(id, 'en'), id).toEqual({ name: file.name, description: file.description });
      const ja = bundledScenarioText(id, 'ja');
      expect(ja?.name, id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(ja?.description, id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('no texts for files that no longer exist', () => {
    const ids = Object.keys(EN).filter((k) => k.startsWith('scenarioFile.')).map((k) => k.split('.')[1]!);
    expect([...new Set(ids)].filter((id) => !files.includes(id))).toEqual([]);
  });

  it('a scenario that is not a bundled file keeps its author\'s texts', () => {
    expect(bundledScenarioText('my-scenario', 'ja')).toBeNull();
    expect(bundledScenarioText('july-2024.name', 'ja')).toBeNull();
  });
});
