import { sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { rowFromJson } from '../json-rows.js';
import { listItems, listParameter, preparedOn } from '../prepared.js';
import * as t from '../schema/index.js';

/** A term held by more than this share of the programs of its kind is common talk (事業, 地域, 推進). */
const COMMON_SHARE = 0.05;
/** Fewer shared words than this is chance: one rare word in common does not make two programs alike
 * (the kanji pairs of a compound weigh in the score, but a compound is one word). */
const MIN_SHARED = 2;

export interface SimilarRow {
  /** The program found and its municipality, read with it: what a list of them shows. */
  program: t.Program;
  municipality: t.Municipality;
  /** The shared terms that stand as words in either program's texts, rarest first. */
  sharedTerms: string[];
}

/** A program's similar programs, in its own municipality and in the others, most similar first. */
export interface SimilarLists {
  same: SimilarRow[];
  other: SimilarRow[];
}

/**
 * For each program, the programs that share the most of its rare terms (`program_term`), each term
 * weighed by how rare it is among programs of its kind (ln(1 + programs ÷ programs holding it)) and the sum
 * divided by the geometric mean of the two programs' term counts, so that a long text does not match
 * everything. The best of its own municipality and of the others, both from one count of the terms:
 * one statement for any number of programs.
 */
export async function similarPrograms(
  db: Database,
  programIds: readonly number[],
  limit: number,
): Promise<Map<number, SimilarLists>> {
  // Planned as one join of a dozen tables, this statement took PostgreSQL about 24 ms to plan and 0.5 ms
  // to run. Its steps are planned apart (materialized), and the statement once per connection. One
  // program (a page) is named by a plain id: its plan for a set of unknown size runs eight times longer.
  const one = programIds.length === 1;
  const name = one ? 'similar_program' : 'similar_programs';
  const read = preparedOn(db, name, (on) =>
    on
      .select({
        asked: sql<number>`q.asked`,
        terms: sql<string[]>`q.terms`,
        same: sql<boolean>`q.same`,
        program: sql<Record<string, unknown>>`q.program`,
        municipality: sql<Record<string, unknown>>`q.municipality`,
      })
      .from(
        sql`(
    with asked as (
      select p.id, p.municipality_id, s.theme_term_count, m.is_synthetic as synthetic
      from ${one ? sql`(select ${sql.placeholder('id')}::int)` : listItems('ids', 'int')} as ask(id)
      join program p on p.id = ask.id
      join program_summary s on s.program_id = p.id
      join municipality m on m.id = p.municipality_id
    ),
    -- How many programs there are of the asked kinds, kept as programs come and go (migration 0018).
    population as materialized (
      select synthetic, programs::float8 as n,
        greatest(3, floor(programs * ${COMMON_SHARE}::float8))::int as common
      from program_population
      where synthetic in (select synthetic from asked)
    ),
    -- How many programs hold each of the asked programs' terms, kept as terms are written
    -- (migration 0019): rare enough to weigh, and held by another program.
    rarity as materialized (
      select mine.synthetic, mine.term, held.programs::float8 as df, population.n
      from (
        select distinct t.synthetic, t.term from program_term t join asked on asked.id = t.program_id
      ) mine
      join population on population.synthetic = mine.synthetic
      join term_frequency held on held.synthetic = mine.synthetic and held.term = mine.term
      where held.programs >= 2 and held.programs <= population.common
    ),
    weight as materialized (
      select synthetic, term, df, ln(1 + n / df) as idf from rarity
    ),
    shared as materialized (
      select asked.id as asked, other.program_id, sum(weight.idf) as weight,
        array_agg(other.term order by weight.df, other.term) filter (where mine.word or other.word)
          as terms
      from asked
      join program_term mine on mine.program_id = asked.id
      join weight on weight.synthetic = asked.synthetic and weight.term = mine.term
      join program_term other
        on other.synthetic = asked.synthetic and other.term = mine.term and other.program_id <> asked.id
      group by asked.id, other.program_id
      having count(*) filter (where mine.word or other.word) >= ${MIN_SHARED}
    ),
    ranked as (
      select shared.asked, shared.program_id, shared.terms,
        s.municipality_id = asked.municipality_id as same,
        row_number() over (
          partition by shared.asked, s.municipality_id = asked.municipality_id
          order by shared.weight / sqrt(asked.theme_term_count * s.theme_term_count::float8) desc,
            shared.program_id
        ) as place
      from shared
      join asked on asked.id = shared.asked
      join program_summary s on s.program_id = shared.program_id
    )
    select ranked.asked, ranked.terms, ranked.same, ranked.place,
      to_json(p) as program, to_json(m) as municipality
    from ranked
    join program p on p.id = ranked.program_id
    join municipality m on m.id = p.municipality_id
    where ranked.place <= ${sql.placeholder('limit')}
  ) q`,
      )
      .orderBy(sql`q.asked, q.same desc, q.place`)
      .prepare(name),
  );
  const rows = await read.execute(
    one ? { id: programIds[0], limit } : { ids: listParameter(programIds), limit },
  );
  const byProgram = new Map<number, SimilarLists>(
    programIds.map((id) => [id, { same: [], other: [] }]),
  );
  for (const row of rows)
    byProgram.get(row.asked)?.[row.same ? 'same' : 'other'].push({
      program: rowFromJson(t.program, row.program),
      municipality: rowFromJson(t.municipality, row.municipality),
      sharedTerms: row.terms,
    });
  return byProgram;
}
