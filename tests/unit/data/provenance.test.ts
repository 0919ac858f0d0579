// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { dataset } from '@/data/index';
import { Approval, ApprovalStep, BrandName, Source } from '@/data/schema';
import type { Region } from '@/data/schema';
import { INTERVIEW_ID } from './support';

const sources = new Map(dataset.sources.map((s) => [s.id, s]));
const AD_STEP_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A fact of one region and the source it cites. */
interface RegionalFact {
  drug: string;
  what: string;
  region: Region;
  sourceId: string;
}

const regionalFacts: RegionalFact[] = dataset.drugs.flatMap((d) => [
  ...d.names.brands.flatMap((b) =>
    b.markets.map((m) => ({ drug: d.id, what: `brand ${b.name}`, ...m })),
  ),
  ...d.approvals.flatMap((a) => [
    { drug: d.id, what: `approval`, region: a.region, sourceId: a.sourceId },
    ...(a.history ?? []).map((s) => ({
      drug: d.id,
      what: `approval step ${s.date}`,
      region: a.region,
      sourceId: s.sourceId,
    })),
  ]),
]);

/** Every citation of a fact that does not come from the interview, wherever it sits. */
const citations: { where: string; sourceId: string; asOf: string }[] = [
  ...dataset.drugs.flatMap((d) => [
    ...d.names.brands.flatMap((b) => b.markets.map((m) => ({ where: `${d.id} ${b.name}`, ...m }))),
    ...d.names.codes.map((c) => ({ where: `${d.id} ${c.code}`, ...c })),
    ...d.names.salts.map((s) => ({ where: `${d.id} ${s.name}`, ...s })),
    ...d.approvals.flatMap((a) => [
      { where: `${d.id} ${a.region} approval`, ...a },
      ...(a.history ?? []).map((s) => ({ where: `${d.id} ${a.region} ${s.date}`, ...s })),
    ]),
  ]),
  ...dataset.notes.flatMap((n) =>
    (n.editorSources ?? []).map((s) => ({ where: `editor’s note of ${n.id}`, ...s })),
  ),
  ...dataset.comparison.rows.flatMap((r) =>
    (r.supplement?.sources ?? []).map((s) => ({ where: `comparison row ${r.id}`, ...s })),
  ),
];

describe('a source per region', () => {
  test.each(
    regionalFacts.filter((f) => f.region !== 'INT').map((f) => [f.drug, f.what, f.region, f]),
  )('%s %s (%s) cites a source that can attest that region', (_drug, _what, region, fact) => {
    const source = sources.get(fact.sourceId);
    expect(source, fact.sourceId).toBeDefined();
    expect(source?.regions ?? [], fact.sourceId).toContain(region);
  });

  test('brands are backed only by labels, regulators and reports of a decision, never the interview', () => {
    const kinds = new Set(
      dataset.drugs.flatMap((d) =>
        d.names.brands.flatMap((b) => b.markets.map((m) => sources.get(m.sourceId)?.kind)),
      ),
    );
    expect([...kinds].every((k) => k === 'label' || k === 'regulator' || k === 'press')).toBe(true);
  });

  test.each(['CA', 'AU', 'UK', 'JP'] as const)('the dataset records approvals in %s', (region) => {
    expect(dataset.drugs.some((d) => d.approvals.some((a) => a.region === region))).toBe(true);
  });
});

describe('approvals with their dates and populations', () => {
  const adApprovals = dataset.drugs.flatMap((d) =>
    d.approvals.filter((a) => a.status === 'approved').map((a) => [d.id, a.region, a] as const),
  );

  test.each(adApprovals)(
    '%s in %s lists dated steps, each with a date or an explicit "not-confirmed"',
    (_drug, _region, a) => {
      expect(a.history?.length).toBeGreaterThan(0);
      for (const s of a.history ?? []) {
        expect(s.date === 'not-confirmed' || AD_STEP_DATE.test(s.date), s.date).toBe(true);
        expect(s.population.length).toBeGreaterThan(0);
      }
    },
  );

  test.each(adApprovals)('%s in %s lists its dated steps oldest first', (_drug, _region, a) => {
    const dates = (a.history ?? []).map((s) => s.date).filter((d) => d !== 'not-confirmed');
    expect(dates).toEqual([...dates].sort());
  });
});

describe('an as-of date per fact', () => {
  test.each(citations.map((c) => [c.where, c]))(
    '%s cites a known source other than the interview, with a date no later than the dataset’s',
    (_where, c) => {
      expect(sources.has(c.sourceId), c.sourceId).toBe(true);
      expect(c.sourceId).not.toBe(INTERVIEW_ID);
      expect(c.asOf <= dataset.asOf).toBe(true);
    },
  );

  test('facts carry more than one as-of date: the ones re-checked are dated apart from the rest', () => {
    expect(new Set(citations.map((c) => c.asOf)).size).toBeGreaterThan(1);
    expect(citations.filter((c) => c.asOf === dataset.asOf).length).toBeGreaterThan(0);
  });

  test('every source a fact cites has a web address, and none is a bare IP-address mirror', () => {
    for (const id of new Set(citations.map((c) => c.sourceId))) {
      const url = sources.get(id)?.url;
      expect(url, id).toMatch(/^https?:\/\//);
      expect(new URL(url!).hostname, id).not.toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    }
  });
});

describe('research codes', () => {
  test.each(dataset.drugs.flatMap((d) => d.names.codes.map((c) => [c.code, d.id, c.sourceId])))(
    '%s (%s) cites a document that states it, not the WHO INN lists',
    (_code, _drug, sourceId) => {
      expect(sourceId).not.toBe('who-inn');
      expect(['registry', 'reference', 'press', 'label', 'regulator']).toContain(
        sources.get(sourceId)?.kind,
      );
    },
  );
});

describe('the brand lists the review corrected', () => {
  const drug = (id: string) => dataset.drugs.find((d) => d.id === id)!;
  const brand = (drugId: string, name: string) =>
    drug(drugId).names.brands.find((b) => b.name === name);

  test('Staquis stays recognised but is marked as withdrawn from the EU in January 2022', () => {
    const eu = brand('crisaborole', 'Staquis')?.markets.find((m) => m.region === 'EU');
    expect(eu?.withdrawn).toBe('2022-01-31');
    expect(drug('crisaborole').approvals.find((a) => a.region === 'EU')?.status).toBe(
      'not-approved',
    );
  });

  test.each([
    ['tralokinumab', 'Adtralza', 'JP'],
    ['tralokinumab', 'Adtralza', 'CA'],
    ['lebrikizumab', 'Ebglyss', 'JP'],
    ['nemolizumab', 'Nemluvio', 'UK'],
    ['tapinarof', 'Vtama', 'JP'],
    ['abrocitinib', 'Cibinqo', 'UK'],
    ['delgocitinib', 'Anzupgo', 'UK'],
  ])('%s: %s is listed in %s', (drugId, name, region) => {
    expect(brand(drugId, name)?.markets.map((m) => m.region)).toContain(region);
  });
});

describe('the schema', () => {
  const supp = { sourceId: 'x', asOf: '2026-01-01' };

  test('refuses an AD approval without dated steps', () => {
    expect(Approval.safeParse({ region: 'US', status: 'approved', ...supp }).success).toBe(false);
    expect(
      Approval.safeParse({
        region: 'US',
        status: 'approved',
        history: [{ date: 'not-confirmed', population: 'adults', ...supp }],
        ...supp,
      }).success,
    ).toBe(true);
  });

  test('takes a step date as precise as the source gives it, and nothing looser', () => {
    for (const date of ['2024', '2024-09', '2024-09-13', 'not-confirmed']) {
      expect(ApprovalStep.safeParse({ date, population: 'adults', ...supp }).success, date).toBe(
        true,
      );
    }
    for (const date of ['2024-9', 'Sept 2024', '']) {
      expect(ApprovalStep.safeParse({ date, population: 'adults', ...supp }).success, date).toBe(
        false,
      );
    }
  });

  test('refuses a brand listed twice for one region', () => {
    const market = { region: 'EU', ...supp };
    expect(BrandName.safeParse({ name: 'X', form: 'cream', markets: [market] }).success).toBe(true);
    expect(
      BrandName.safeParse({ name: 'X', form: 'cream', markets: [market, market] }).success,
    ).toBe(false);
  });

  test('knows the regions CA, AU and CN for sources', () => {
    const base = {
      id: 's',
      kind: 'press',
      title: 't',
      author: 'a',
      publication: 'p',
      publisher: 'p',
    };
    expect(Source.safeParse({ ...base, year: 2025, regions: ['CA', 'AU', 'CN'] }).success).toBe(
      true,
    );
    expect(Source.safeParse({ ...base, year: 2025, regions: ['XX'] }).success).toBe(false);
  });
});

describe('the route forms carry their own provenance', () => {
  const drug = (id: string) => dataset.drugs.find((d) => d.id === id)!;
  const history = (id: string, region: Region) =>
    drug(id)
      .approvals.find((a) => a.region === region)
      ?.history?.map((s) => [s.date, s.population]);

  test('Opzelura: US approval for 12+ on 2021-09-21, extended to 2+ in Sept 2025, with the 20% BSA limit', () => {
    expect(history('ruxolitinib-topical', 'US')).toEqual([
      ['2021-09-21', 'patients 12+'],
      ['2025-09', 'children 2 to 11'],
    ]);
    const us = drug('ruxolitinib-topical').approvals.find((a) => a.region === 'US');
    expect(us?.detail).toContain('20% of body surface area');
  });

  test('Opzelura: approved for AD in Canada from 2 years on 2025-10-15; in the UK for vitiligo only', () => {
    expect(history('ruxolitinib-topical', 'CA')?.map(([date]) => date)).toEqual(['2025-10-15']);
    const uk = drug('ruxolitinib-topical').approvals.find((a) => a.region === 'UK');
    expect(uk?.status).toBe('approved-other-indications');
    expect(uk?.detail).toMatch(/vitiligo/);
  });

  test('Zoryve: 0.15% cream for 6+ on 2024-07-09, 0.05% cream for 2 to 5 on 2025-10-06', () => {
    expect(history('roflumilast-topical', 'US')).toEqual([
      ['2024-07-09', 'adults and children 6+ (0.15% cream)'],
      ['2025-10-06', 'children 2 to 5 (0.05% cream)'],
    ]);
  });

  test('tacrolimus is recorded as the monohydrate, as the Protopic label states it', () => {
    expect(drug('tacrolimus').names.salts.map((s) => [s.name, s.sourceId])).toEqual([
      ['tacrolimus monohydrate', 'rxdrugnews-protopic-pi'],
    ]);
  });

  test('Prograf lists no EU market: no EU-level source attests it', () => {
    const prograf = drug('tacrolimus-systemic').names.brands.find((b) => b.name === 'Prograf');
    expect(prograf?.markets.map((m) => m.region)).not.toContain('EU');
  });

  test('INC424, the code of the oral trials, sits on oral ruxolitinib; INCB018424 on the generic', () => {
    expect(drug('ruxolitinib-oral').names.codes.map((c) => c.code)).toEqual(['INC424']);
    expect(drug('ruxolitinib').names.codes.map((c) => c.code)).toEqual(['INCB018424']);
  });

  test('the ruxolitinib cream is called the first topical JAK for AD only as qualified by region', () => {
    for (const id of ['ruxolitinib', 'ruxolitinib-topical']) {
      const { summary } = drug(id);
      if (/first topical JAK/i.test(summary)) expect(summary).toMatch(/in the US/);
    }
    expect(drug('ruxolitinib-topical').summary).toMatch(/delgocitinib/);
  });
});
