import { type FieldNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { reportConnectionErrors } from '../src/database/connection-errors.js';
import { connectionNodeSelection, type FieldSelection } from '../src/common/pagination/node-selection.js';
import { scopedStatement } from '../src/common/tenancy/tenant-database.service.js';
import type { TenantScope } from '../src/common/tenancy/tenant-scope.js';
import { type CandidateRow, candidateColumns, decodeRankingCursor, rankingSql } from '../src/scoring/candidate-ranking.query.js';
import { RankingOrder } from '../src/scoring/scoring.enums.js';
import type { StoredStandardErrors } from '../src/scoring/stored-score.js';
import { roundToStandardError } from '../src/statistics/index.js';
import { type BenchEnvironment, runBench, startBenchEnvironment } from './bench-environment.js';
import { CONNECTIONS, type HttpTarget, httpLoad, type Load } from './http-load.js';
import { PEER_RANKING_QUERY, startPeer } from './ranking-peer.js';

/**
 * Ranking throughput against a peer and against raw pg, in the same run on the same embedded
 * PostgreSQL, all three as the application's login (rpa_app) under the same row-level security.
 * 100 000 scored processes across 2 500 organizations (the order of all Polish gminas).
 * The page: one office's first page of 20, as the web's ranking screen asks it (its generated
 * document), served (a) by the product's candidateRanking, (b) by PostGraphile 4 over
 * candidate_score with the same three settings per request, (c) as the product's own statement
 * with the settings in one round trip, straight through pg. Each with 20 concurrent callers and
 * a pool of 10, in ROUNDS interleaved rounds; the three answers are checked equal first. Then a
 * cross-organization page (a user in 100 organizations, as a voivodeship office would be) and a
 * full re-score of one organization of 200 processes, Monte Carlo included, through the mutation
 * that triggers it. Prints one BENCH line at the end.
 */
const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? 2_500);
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARM_UP_SECONDS = 2;
const CROSS_ORGANIZATIONS = 100;
const RESCORE_PROCESSES = 200;
/** The web's ranking page size (RankingScreen's RANKING_PAGE_SIZE). */
const PAGE = 20;
/** The application's pool size (data-source.ts): the peer and the raw baseline get as many. */
const POOL_SIZE = 10;

/** The web's ranking screen's operation as codegen wrote it from web/src: the text a browser sends. */
function webRankingDocument(): string {
  const generated = readFileSync('web/src/gql/graphql.ts', 'utf8');
  const document = /export const CandidateRankingDocument = new TypedDocumentString\(`([\s\S]*?)`\)/.exec(generated)?.[1];
  if (!document) throw new Error('no CandidateRankingDocument in web/src/gql/graphql.ts: run npm run web:codegen');
  return document;
}

/** The variables of the screen's first page for an office, as rankingVariables builds them for `/ranking`. */
const firstPageVariables = (organizationId: string | null) => ({
  ...(organizationId ? { organizationId } : {}),
  filter: { category: null, departmentId: null, quadrant: null, minEvidence: null },
  orderBy: RankingOrder.NPV_P50,
  first: PAGE,
  after: null,
});

/** A row of the screen's table: the fields the web's document asks for. */
interface RankingFigures {
  rank: number;
  processId: string;
  processName: string;
  departmentId: string | null;
  quadrant: string;
  automationPotential: number;
  easeOfImplementation: number;
  hoursSaved: { p50: number };
  npv: { p10: string; p50: string; p90: string };
  probabilityPositiveNpv: number;
  candidate: boolean;
  notCandidateReason: string | null;
  display: { hoursSaved: { p50: number }; npv: { p10: number; p50: number; p90: number } };
  evidenceGrade: string;
  warnings: string[];
  explanation: string;
}

interface RankingPage {
  rows: RankingFigures[];
  hasNextPage: boolean;
}

/** A stored score's columns behind those fields, as PostGraphile names them. */
interface StoredFigures {
  processId: string;
  processName: string;
  departmentId: string | null;
  quadrant: string;
  automationPotential: string;
  easeOfImplementation: string;
  hoursSavedP50: string;
  npvP10: string;
  npvP50: string;
  npvP90: string;
  probabilityPositiveNpv: string;
  candidate: boolean;
  notCandidateReason: string | null;
  standardErrors: StoredStandardErrors | null;
  evidenceGrade: string;
  warnings: string[];
  explanation: string;
}

/**
 * The figures a client would show from stored columns: numbers as numbers, money with two
 * decimals, display figures rounded to their Monte Carlo standard errors where stored.
 */
function figuresOf(stored: StoredFigures, rank: number): RankingFigures {
  const errors = stored.standardErrors;
  const shown = (value: number, error: number | undefined) => (error === undefined ? value : roundToStandardError(value, error));
  const hours = Number(stored.hoursSavedP50);
  const npv = [Number(stored.npvP10), Number(stored.npvP50), Number(stored.npvP90)];
  return {
    rank,
    processId: stored.processId,
    processName: stored.processName,
    departmentId: stored.departmentId,
    quadrant: stored.quadrant,
    automationPotential: Number(stored.automationPotential),
    easeOfImplementation: Number(stored.easeOfImplementation),
    hoursSaved: { p50: hours },
    npv: { p10: npv[0].toFixed(2), p50: npv[1].toFixed(2), p90: npv[2].toFixed(2) },
    probabilityPositiveNpv: Number(stored.probabilityPositiveNpv),
    candidate: stored.candidate,
    notCandidateReason: stored.notCandidateReason,
    display: {
      hoursSaved: { p50: shown(hours, errors?.hoursSaved.p50) },
      npv: { p10: shown(npv[0], errors?.npv.p10), p50: shown(npv[1], errors?.npv.p50), p90: shown(npv[2], errors?.npv.p90) },
    },
    evidenceGrade: stored.evidenceGrade,
    warnings: stored.warnings,
    explanation: stored.explanation,
  };
}

const storedOfRow = (row: CandidateRow): StoredFigures => ({
  processId: row.process_id,
  processName: row.process_name,
  departmentId: row.department_id,
  quadrant: row.quadrant,
  automationPotential: row.automation_potential,
  easeOfImplementation: row.ease_of_implementation,
  hoursSavedP50: row.hours_saved_p50,
  npvP10: row.npv_p10,
  npvP50: row.npv_p50,
  npvP90: row.npv_p90,
  probabilityPositiveNpv: row.probability_positive_npv,
  candidate: row.candidate,
  notCandidateReason: row.not_candidate_reason,
  standardErrors: row.standard_errors,
  evidenceGrade: row.evidence_grade,
  warnings: row.warnings,
  explanation: row.explanation,
});

/** Deterministic scores spread like real ones: most NPVs small, some negative, a long right tail. */
async function seed(bench: BenchEnvironment): Promise<{ organizationIds: string[]; managerId: string; regionalId: string }> {
  const started = performance.now();
  await bench.owner.query('SELECT setseed(0.2026)');
  const { rows: organizations } = await bench.owner.query<{ id: string }>(
    `INSERT INTO organization (name, teryt_code, kind)
     SELECT 'Gmina ' || i, lpad(i::text, 7, '0'), 'GMINA' FROM generate_series(1, $1) AS i RETURNING id`,
    [ORGANIZATIONS],
  );
  const organizationIds = organizations.map((row) => row.id);
  await bench.owner.query(
    `INSERT INTO process (organization_id, name, category, status, exception_rate, estimated_monthly_volume, estimated_handling_minutes)
     SELECT o.ids[1 + (i % $2)], 'Process ' || i,
            (ARRAY['INVOICE_PROCESSING','CORRESPONDENCE','VEHICLE_REGISTRATION','TAX_PROCESSING','STATISTICAL_REPORTING','OTHER'])[1 + (i % 6)]::process_category,
            (ARRAY['DRAFT','ASSESSED','PILOT'])[1 + (i % 3)]::process_status, round((random() * 0.4)::numeric, 4),
            (50 + random() * 2000)::int, round((3 + random() * 30)::numeric, 2)
       FROM generate_series(1, $1) AS i, (SELECT array_agg(id ORDER BY id) AS ids FROM organization) AS o`,
    [PROCESSES, ORGANIZATIONS],
  );
  await bench.owner.query(
    `INSERT INTO candidate_score (process_id, organization_id, process_name, category, department_id, status, method_version,
       automation_potential, ease_of_implementation, quadrant, evidence_grade, sample_size,
       hours_saved_p10, hours_saved_p50, hours_saved_p90, net_benefit_p10, net_benefit_p50, net_benefit_p90,
       npv_p10, npv_p50, npv_p90, probability_positive_npv, payback_months, warnings, explanation, inputs, result, computed_at)
     SELECT p.id, p.organization_id, p.name, p.category, NULL, p.status, 'readiness-1+savings-1',
            s.ap, s.ei, CASE WHEN s.ap >= 50 AND s.ei >= 50 THEN 'QUICK_WIN' WHEN s.ap >= 50 THEN 'STRATEGIC'
                             WHEN s.ei >= 50 THEN 'LOW_VALUE' ELSE 'NOT_READY' END::readiness_quadrant,
            (ARRAY['EVENT_LOG','CASE_SAMPLE','MONTHLY_TOTALS','ESTIMATE'])[1 + (abs(hashtext(p.name)) % 4)]::evidence_grade,
            (random() * 5000)::int,
            s.hours * 0.7, s.hours, s.hours * 1.3, s.benefit - 20000, s.benefit, s.benefit + 20000,
            s.npv - 60000, s.npv, s.npv + 60000, round(random()::numeric, 4), CASE WHEN s.benefit > 0 THEN 30000 * 12 / s.benefit END,
            CASE WHEN s.npv < 0 THEN ARRAY['negative NPV at P50'] ELSE ARRAY[]::text[] END,
            'seeded by the benchmark', '{}'::jsonb, '{}'::jsonb, now()
       FROM process p,
            -- Per-row values from a hash of the process's name (an uncorrelated LATERAL of random()
            -- is evaluated once: every score came out identical). Deterministic in any scan order.
            LATERAL (SELECT round((u.ap * 100)::numeric, 2) AS ap, round((u.ei * 100)::numeric, 2) AS ei,
                            round((u.hours * 3000)::numeric, 1) AS hours,
                            round(((u.benefit - 0.3) * 150000)::numeric, 2) AS benefit,
                            round(((u.npv - 0.3) * 400000)::numeric, 2) AS npv
                       FROM (SELECT ${['ap', 'ei', 'hours', 'benefit', 'npv'].map((key) => `(abs(hashtextextended(p.name || ':${key}', 2026)) % 1000000007) / 1000000007.0 AS ${key}`).join(', ')}) AS u) AS s`,
  );
  // The benchmark measures what it claims only on varied data: check it before timing.
  const { rows: [spread] } = await bench.owner.query<{ scores: number; npvs: number; aps: number }>(
    'SELECT count(*)::int AS scores, count(DISTINCT npv_p50)::int AS npvs, count(DISTINCT automation_potential)::int AS aps FROM candidate_score',
  );
  if (spread.scores !== PROCESSES || spread.npvs < 0.9 * PROCESSES || spread.aps < 1000) {
    throw new Error(`degenerate seed: ${JSON.stringify(spread)}`);
  }
  await bench.owner.query('ANALYZE candidate_score');
  const { rows: [manager, regional] } = await bench.owner.query<{ id: string }>(
    `INSERT INTO app_user (email, display_name, password_hash) VALUES
       ('manager@bench.example', 'Manager', 'x'), ('regional@bench.example', 'Regional office', 'x') RETURNING id`,
  );
  await bench.owner.query("INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'MANAGER')", [organizationIds[0], manager.id]);
  await bench.owner.query(
    "INSERT INTO membership (organization_id, user_id, role) SELECT unnest($1::uuid[]), $2, 'MANAGER'",
    [organizationIds.slice(0, CROSS_ORGANIZATIONS), regional.id],
  );
  console.log(`seeded ${PROCESSES} scored processes in ${ORGANIZATIONS} organizations in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { organizationIds, managerId: manager.id, regionalId: regional.id };
}

async function post<Answer>(target: HttpTarget): Promise<Answer> {
  const response = await fetch(target.url, { method: 'POST', headers: target.headers, body: target.body });
  const answer = (await response.json()) as { errors?: unknown; data?: Answer };
  if (!response.ok || answer.errors || !answer.data) throw new Error(`${target.url} failed: ${JSON.stringify(answer).slice(0, 500)}`);
  return answer.data;
}

/** One statement's text run by CONNECTIONS concurrent callers sharing the pool, for `seconds`; each answer must hold `expectedRows`. */
async function rawLoad(pool: pg.Pool, text: string, expectedRows: number, seconds: number): Promise<Load> {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const caller = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const started = performance.now();
      const results = (await pool.query(text)) as unknown as pg.QueryResult[];
      if (results[1].rows.length !== expectedRows) throw new Error(`raw query returned ${results[1].rows.length} rows`);
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, caller));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return { requestsPerSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

/** What `document` asks of candidateRanking's nodes, as the resolver sees it. */
function nodeSelectionOf(document: string): FieldSelection {
  const definitions = parse(document).definitions;
  const operation = definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const ranking = operation?.selectionSet.selections.find((selection): selection is FieldNode => selection.kind === Kind.FIELD && selection.name.value === 'candidateRanking');
  if (!ranking) throw new Error('the web\'s ranking document asks no candidateRanking');
  const fragments = definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION);
  return connectionNodeSelection([ranking], Object.fromEntries(fragments.map((fragment) => [fragment.name.value, fragment])));
}

/**
 * The product's statement for the first page of the scope's organizations, reading the columns
 * behind `selection`, with the settings, as readOnce sends it.
 */
function rawStatement(scope: TenantScope, selection: FieldSelection): string {
  const sql = rankingSql(scope.organizationIds, {}, RankingOrder.NPV_P50, PAGE, null, candidateColumns(selection));
  return scopedStatement(scope, sql.text, sql.values);
}

async function rawPage(pool: pg.Pool, text: string): Promise<RankingPage> {
  const results = (await pool.query(text)) as unknown as pg.QueryResult<CandidateRow>[];
  const rows = results[1].rows;
  return { rows: rows.slice(0, PAGE).map((row, index) => figuresOf(storedOfRow(row), index + 1)), hasNextPage: rows.length > PAGE };
}

interface ProductAnswer {
  candidateRanking: { edges: { node: RankingFigures }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

interface PeerAnswer {
  allCandidateScores: { nodes: StoredFigures[]; pageInfo: { hasNextPage: boolean } };
}

/** The product's page, its end cursor checked to point at its last row. */
async function productPage(target: HttpTarget): Promise<RankingPage> {
  const { candidateRanking } = await post<ProductAnswer>(target);
  const rows = candidateRanking.edges.map((edge) => edge.node);
  const end = candidateRanking.pageInfo.endCursor && decodeRankingCursor(candidateRanking.pageInfo.endCursor, RankingOrder.NPV_P50);
  if (!end || end.processId !== rows.at(-1)?.processId || end.rank !== rows.length) throw new Error('the product\'s endCursor is not its last row');
  return { rows, hasNextPage: candidateRanking.pageInfo.hasNextPage };
}

async function peerPage(target: HttpTarget): Promise<RankingPage> {
  const { allCandidateScores } = await post<PeerAnswer>(target);
  return { rows: allCandidateScores.nodes.map((node, index) => figuresOf(node, index + 1)), hasNextPage: allCandidateScores.pageInfo.hasNextPage };
}

/** The benchmark compares like with like only if the three serve the same page. */
function checkSamePage(pages: Record<string, RankingPage>): void {
  const [[firstName, first], ...others] = Object.entries(pages);
  if (first.rows.length !== PAGE || !first.hasNextPage) throw new Error(`${firstName} served ${first.rows.length} rows: the seed gives this office fewer than a page and more`);
  for (const [name, page] of others) {
    if (JSON.stringify(page) !== JSON.stringify(first)) {
      throw new Error(`${name}'s page differs from ${firstName}'s:\n${JSON.stringify(page).slice(0, 600)}\n${JSON.stringify(first).slice(0, 600)}`);
    }
  }
}

/** An organization of 200 processes with steps; a weights change re-scores all of them. */
async function rescoreSeconds(bench: BenchEnvironment): Promise<number> {
  const { rows: [organization] } = await bench.owner.query<{ id: string }>(
    "INSERT INTO organization (name, teryt_code, kind) VALUES ('Rescore', '9999999', 'GMINA') RETURNING id",
  );
  await bench.owner.query(
    `INSERT INTO process (organization_id, name, category, exception_rate, expected_changes_12m, application_count,
       documentation_available, estimated_monthly_volume, estimated_handling_minutes, hourly_labour_cost, cost_per_error)
     SELECT $1, 'Process ' || i, 'INVOICE_PROCESSING', (i % 20) / 50.0, i % 4, 1 + i % 4, i % 2 = 0, 100 + i * 10, 5 + i % 25, 55, 40
       FROM generate_series(1, $2) AS i`,
    [organization.id, RESCORE_PROCESSES],
  );
  await bench.owner.query(
    `INSERT INTO workflow_step (organization_id, process_id, position, name, minutes_per_case, rule_based, input_type)
     SELECT p.organization_id, p.id, s, 'Step ' || s, 1 + s, s % 3 <> 0,
            (ARRAY['STRUCTURED_DIGITAL','UNSTRUCTURED_DIGITAL','PAPER'])[1 + (s % 3)]::step_input_type
       FROM process p, generate_series(1, 5) AS s WHERE p.organization_id = $1`,
    [organization.id],
  );
  const { rows: [manager] } = await bench.owner.query<{ id: string }>(
    "INSERT INTO app_user (email, display_name, password_hash) VALUES ('rescore@bench.example', 'Rescore', 'x') RETURNING id",
  );
  await bench.owner.query("INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'MANAGER')", [organization.id, manager.id]);
  const token = await bench.signToken(manager.id);
  const started = performance.now();
  const response = await fetch(`${bench.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `mutation($id: ID!) { setReadinessWeights(organizationId: $id, input: {
        stability: 2, standardisation: 1, structuredInput: 1, applicationComplexity: 1, documentation: 1 }) { version } }`,
      variables: { id: organization.id },
    }),
  });
  const seconds = (performance.now() - started) / 1000;
  const answer = (await response.json()) as { errors?: unknown };
  if (answer.errors) throw new Error(`re-score failed: ${JSON.stringify(answer.errors)}`);
  const { rows: [scored] } = await bench.owner.query<{ count: number }>(
    "SELECT count(*)::int AS count FROM candidate_score WHERE organization_id = $1 AND (inputs->'weights'->>'stability')::numeric = 2",
    [organization.id],
  );
  if (scored.count !== RESCORE_PROCESSES) throw new Error(`re-scored ${scored.count} of ${RESCORE_PROCESSES} processes`);
  return seconds;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const format = (load: Load) => `${Math.round(load.requestsPerSecond)} req/s, p50 ${load.p50.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms`;

async function main(): Promise<void> {
  const bench = await startBenchEnvironment();
  const raw = new pg.Pool({ connectionString: bench.appUrl, max: POOL_SIZE });
  reportConnectionErrors(raw, () => undefined); // a client still closing when the database stops
  try {
    const { organizationIds, managerId, regionalId } = await seed(bench);
    const office = organizationIds[0];
    const managerScope: TenantScope = { organizationIds: [office], userId: managerId };
    const regionalScope: TenantScope = { organizationIds: organizationIds.slice(0, CROSS_ORGANIZATIONS), userId: regionalId };
    const document = webRankingDocument();
    const graphqlTarget = async (userId: string, organizationId: string | null): Promise<HttpTarget> => ({
      url: `${bench.baseUrl}/graphql`,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await bench.signToken(userId)}` },
      body: JSON.stringify({ query: document, variables: firstPageVariables(organizationId) }),
    });
    const product = await graphqlTarget(managerId, office);
    const peerServer = await startPeer(bench.appUrl, managerScope, POOL_SIZE);
    try {
      const peer: HttpTarget = {
        url: peerServer.url,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: PEER_RANKING_QUERY, variables: { organizationId: office, first: PAGE } }),
      };
      const selection = nodeSelectionOf(document);
      const rawText = rawStatement(managerScope, selection);
      checkSamePage({ product: await productPage(product), peer: await peerPage(peer), raw: await rawPage(raw, rawText) });

      // Warmed up first (JIT compilation, pools filled), then interleaved rounds, each in turn, so
      // that load from outside the bench falls on all three alike.
      await httpLoad(product, WARM_UP_SECONDS);
      await peerServer.load(peer, WARM_UP_SECONDS);
      await rawLoad(raw, rawText, PAGE + 1, WARM_UP_SECONDS);
      const rounds: { product: Load; peer: Load; raw: Load }[] = [];
      for (let round = 1; round <= ROUNDS; round += 1) {
        const measured = { product: await httpLoad(product, SECONDS), peer: await peerServer.load(peer, SECONDS), raw: await rawLoad(raw, rawText, PAGE + 1, SECONDS) };
        rounds.push(measured);
        console.log(
          `round ${round}: product ${format(measured.product)} | PostGraphile ${format(measured.peer)} | raw pg ${format(measured.raw)}` +
            ` | ratio ${(measured.product.requestsPerSecond / measured.raw.requestsPerSecond).toFixed(3)} peer_ratio ${(measured.product.requestsPerSecond / measured.peer.requestsPerSecond).toFixed(3)}`,
        );
      }
      const rps = mean(rounds.map((round) => round.product.requestsPerSecond));
      const peerRps = mean(rounds.map((round) => round.peer.requestsPerSecond));
      const rawQps = mean(rounds.map((round) => round.raw.requestsPerSecond));
      const p99 = mean(rounds.map((round) => round.product.p99));
      const rawP99 = mean(rounds.map((round) => round.raw.p99));

      const cross = await httpLoad(await graphqlTarget(regionalId, null), SECONDS);
      const crossRaw = await rawLoad(raw, rawStatement(regionalScope, selection), PAGE + 1, SECONDS);
      console.log(`${CROSS_ORGANIZATIONS} organizations, first ${PAGE}: GraphQL ${format(cross)} | raw pg ${format(crossRaw)}`);
      const rescore = await rescoreSeconds(bench);
      console.log(`re-score of one organization with ${RESCORE_PROCESSES} processes (Monte Carlo included): ${rescore.toFixed(2)} s`);

      // The headline is one office's first page, the query a city's manager runs.
      console.log(
        `BENCH ranking ratio=${(rps / rawQps).toFixed(3)} peer_ratio=${(rps / peerRps).toFixed(3)} rps=${Math.round(rps)} peer_rps=${Math.round(peerRps)} raw_qps=${Math.round(rawQps)}` +
          ` p99_ms=${p99.toFixed(1)} raw_p99_ms=${rawP99.toFixed(1)} rescore_s=${rescore.toFixed(2)} cross_ratio=${(cross.requestsPerSecond / crossRaw.requestsPerSecond).toFixed(3)}`,
      );
    } finally {
      await peerServer.close();
    }
  } finally {
    await raw.end();
    await bench.close();
  }
}

runBench(main);
