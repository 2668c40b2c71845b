/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/**
 * 値が null である理由。どれも 0 ではない。
 * Why a value is null. None of them means 0.
 */
export type Absence =
  /** 不明：資料から一通りに読めない。Ambiguous: the source cannot be read one way. */
  | 'AMBIGUOUS'
  /** 合計に含む：複数年度の合計としてだけ報告され、その年度だけの値がない。In a multi-year total: reported only as a sum over several years, with no figure for this year alone. */
  | 'IN_MULTI_YEAR_TOTAL'
  /** 対象外：その年度は目標がない（－）。Not applicable: no target that year (－). */
  | 'NOT_APPLICABLE'
  /** 未報告：空欄、または空欄から計算された合計。Not reported: a blank cell, or a total computed from blanks. */
  | 'NOT_REPORTED'
  /** 期間外：資料がその年度を扱っていない（その年度の記載がない）。Not covered: the document does not deal with that year. */
  | 'OUTSIDE_DOCUMENT';

/** 金額が実績か計画か。Whether an amount was spent or is planned. */
export type AmountKind =
  /** 実績（決算）。Spent. */
  | 'ACTUAL'
  /** 計画（予算・目標）。Planned for the year. */
  | 'PLAN';

/** 変更の経路。How a change reached the data. */
export type ChangeSource =
  /** 起動時のデータセット読み込み。The dataset loaded when the API starts. */
  | 'DATASET'
  /** GraphQL の更新操作。A GraphQL mutation. */
  | 'GRAPHQL'
  /** 取り込みコマンド。The import command. */
  | 'IMPORT';

/** 比較で注意すべき点の種類。What kind of caution a comparison states. */
export type ComparisonNoteKind =
  /** 費用の範囲が異なる（総費用と事業費のみ）：両方を示し、比は取らない。Cost scopes differ (total cost against project cost only): show both, never a ratio of the two. */
  | 'COST_SCOPE'
  /** 様式が異なる：評価はそれぞれの尺度で示し、読み替えない。The forms differ: each evaluation is shown on its own scale, never mapped onto another. */
  | 'FORM_DIFFERENCE'
  /** KPI の種類が異なる（ストックと増分）：生の値は同じ軸に載せず、達成率なら比べられる。KPI kinds differ (a stock against an increment): raw values never share an axis; achievement rates can. */
  | 'KIND_MISMATCH'
  /** データのない年度がある。Some years have no figures. */
  | 'MISSING_YEARS'
  /** 費用がそろって報告された年度がない。No fiscal year has every program's cost. */
  | 'NO_COMMON_COST_YEAR'
  /** 単位が異なる。Units differ. */
  | 'UNIT_MISMATCH';

/** 成果単位あたり費用の分子。The cost a per-unit figure divides. */
export type CostBasis =
  /** 事業費のみ（人件費が報告されていない）。Project cost only (personnel cost not reported). */
  | 'PROJECT_COST'
  /** 総費用（事業費 + 人件費）。Total cost (project plus personnel). */
  | 'TOTAL_COST';

/** 費用・財源の区分。A cost or funding category. */
export type CostCategory =
  /** 一般財源。General fund. */
  | 'GENERAL_FUND'
  /** 交付金充当額。Grant. */
  | 'GRANT'
  /** 地方債。Local bond. */
  | 'LOCAL_BOND'
  /** 国県支出金（国と県の区別なし）。National or prefectural subsidy, not told apart. */
  | 'NATIONAL_PREFECTURAL_SUBSIDY'
  /** 国庫支出金。National subsidy. */
  | 'NATIONAL_SUBSIDY'
  /** その他特定財源。Other specific revenue. */
  | 'OTHER_SPECIFIC_REVENUE'
  /** 人件費。Personnel cost. */
  | 'PERSONNEL_COST'
  /** 都道府県支出金。Prefectural subsidy. */
  | 'PREFECTURAL_SUBSIDY'
  /** 事業費。Project cost. */
  | 'PROJECT_COST'
  /** トータルコスト（資料に印字された合計）。Total cost as the source prints it. */
  | 'TOTAL_COST';

/** 派生値の単位。The unit of a derived figure. */
export type DerivedUnit =
  /** 比率（1.0 = 100%）。A ratio, 1.0 being 100 %. */
  | 'RATIO'
  /** 円。Yen. */
  | 'YEN'
  /** 成果 1 単位あたりの円。Yen per unit of outcome. */
  | 'YEN_PER_UNIT';

/** 評価の観点。An evaluation axis. */
export type EvaluationAxis =
  /** 今後の方向性（改革改善の方向性）。Future direction (the direction of reform). */
  | 'DIRECTION'
  /** 有効性。Effectiveness. */
  | 'EFFECTIVENESS'
  /** 廃止・休止の成果への影響。What stopping it would do to the outcome. */
  | 'EFFECT_OF_STOPPING'
  /** 効率性。Efficiency. */
  | 'EFFICIENCY'
  /** 改革・改善による期待成果（コスト）。What the reform is expected to do to the cost. */
  | 'EXPECTED_COST_EFFECT'
  /** 改革・改善による期待成果（成果）。What the reform is expected to do to the outcome. */
  | 'EXPECTED_OUTCOME_EFFECT'
  /** 受益機会・費用負担の適正化余地。Room to make who benefits and who pays fairer. */
  | 'FAIRNESS_OF_BENEFIT_AND_BURDEN'
  /** 課長等意見：今後の方向性。The section head's direction. */
  | 'HEAD_DIRECTION'
  /** 実施水準（他市との比較）。Level against other cities. */
  | 'LEVEL'
  /** 政策体系との整合性。Alignment with the city's policy system. */
  | 'POLICY_ALIGNMENT'
  /** 進捗状況。Progress. */
  | 'PROGRESS'
  /** 公共関与の妥当性。Whether the city should be the one to do it. */
  | 'PUBLIC_INVOLVEMENT'
  /** 人件費（延べ業務時間）の削減余地。Room to cut the personnel cost (staff hours). */
  | 'ROOM_TO_CUT_PERSONNEL_COST'
  /** 事業費の削減余地。Room to cut the project cost. */
  | 'ROOM_TO_CUT_PROJECT_COST'
  /** 成果の向上余地。Room to improve the outcome. */
  | 'ROOM_TO_IMPROVE_OUTCOME'
  /** 対象・意図の妥当性。Whether its target group and intent are right. */
  | 'TARGET_AND_INTENT';

/** 財源の枠組み。How a program is funded. */
export type FundingScheme =
  /** 自治体の単独事業。The municipality's own program. */
  | 'MUNICIPAL'
  /** 国の交付金事業。A program funded by a national grant. */
  | 'NATIONAL_GRANT';

/** KPI の種類。決まる計算式が異なる。A KPI's kind, which decides every formula on it. */
export type KpiKind =
  /** 増分：その年度に加わった量（人/年度）。累計はその和。What the year added (people per year); its running total is the sum. */
  | 'INCREMENT'
  /** ストック：各年度末の水準（例：サポーター数）。A level at the end of each year (e.g. supporters). */
  | 'STOCK';

/** 達成状況の区分。A status of achievement. */
export type KpiStatusCode =
  /** 達成（100% 以上）。Achieved (100 % or more). */
  | 'ACHIEVED'
  /** 概ね達成（90% 以上 100% 未満、この製品の基準）。Nearly achieved (90 % to under 100 %, this product's rule). */
  | 'NEARLY_ACHIEVED'
  /** 未実施。Not implemented. */
  | 'NOT_IMPLEMENTED'
  /** 未達成（90% 未満）。Not met (under 90 %). */
  | 'NOT_MET'
  /** 資料の語で、上のどれにも当たらない。A word of the source that is none of the above. */
  | 'OTHER';

/** KPI の一年度の値。省略した数値は変わらない。A KPI's figures for one fiscal year; figures left out keep their value. */
export type KpiValueUpsertInput = {
  /** 実績値。The actual. */
  actual: MeasureInput | null | undefined;
  /** 読んだときの版（新しい年度なら省略）。The version the update is based on; leave it out to add a new year. */
  expectedVersion: number | null | undefined;
  /** 年度（西暦の開始年）。The fiscal year, by its Western starting year. */
  fiscalYear: number;
  /** KPI の ID。The KPI's id. */
  kpiId: string;
  /** 注記。A note. */
  note: string | null | undefined;
  /** 累計。The running total. */
  runningTotal: MeasureInput | null | undefined;
  /** 出所。Where the figures come from. */
  source: SourceInput | null | undefined;
  /** 達成状況の資料の語。The status in the source's own word. */
  status: string | null | undefined;
  /** 目標値。The target. */
  target: MeasureInput | null | undefined;
};

/** 数量の入力。null には理由が要る（0 ではない）。A quantity; null needs its reason, and is never 0. */
export type MeasureInput = {
  /** null の理由。Why the value is null. */
  absence: Absence | null | undefined;
  /** 値（null は absence とともに）。The value; null with an absence. */
  value: number | null | undefined;
};

/** 事業の記述の種類。The kind of a narrative text. */
export type NarrativeKind =
  /** 実施した取組の内容。What was done. */
  | 'ACTIONS_DONE'
  /** 実施の背景。Background. */
  | 'BACKGROUND'
  /** 事務事業を取り巻く状況の変化。How the program's circumstances have changed. */
  | 'CIRCUMSTANCES'
  /** 事業の構成要素。A component of the program. */
  | 'COMPONENT'
  /** 事業内容。Content and means. */
  | 'CONTENT'
  /** 結果：上位の基本事業にどう貢献するのか。Result: what it contributes to the basic project above it. */
  | 'CONTRIBUTION'
  /** 課長等による全体総括・今後の改革改善の内容。The section head's summary and the reforms to come. */
  | 'HEAD_SUMMARY'
  /** 意図：対象をどう変えるのか。Intent: how the program means to change those it serves. */
  | 'INTENT'
  /** 事業推進上の課題。Issues. */
  | 'ISSUES'
  /** KPI についての自己評価。Self-evaluation of the KPIs. */
  | 'KPI_SELF_EVALUATION'
  /** KPI の状況について。A note on one KPI's result. */
  | 'KPI_STATUS_NOTE'
  /** 手段：前年度に行った主な活動。Means: the main activities of the previous year. */
  | 'MEANS_PREVIOUS_YEAR'
  /** 手段：今年度に計画している主な活動。Means: the main activities planned this year. */
  | 'MEANS_THIS_YEAR'
  /** 実施方法。How it was carried out. */
  | 'METHOD'
  /** 次年度の取組方針。The next year's policy. */
  | 'NEXT_POLICY'
  /** 事業全体についての団体自身の判断（資料の言葉）。The municipality's own overall judgement of the program, in the document's words. */
  | 'OVERALL_JUDGEMENT'
  /** 事務事業の概要（具体的なやり方）。The program's outline: how it is done. */
  | 'OVERVIEW'
  /** 計画期間の総括。Summary of the plan period. */
  | 'PERIOD_SUMMARY'
  /** 前年度評価による取組方針。The policy set by last year's evaluation. */
  | 'PREVIOUS_POLICY'
  /** 目的。Purpose. */
  | 'PURPOSE'
  /** 所管部長による総評。The department head's review. */
  | 'REVIEW'
  /** 支出内容。What the money was spent on. */
  | 'SPENDING'
  /** 関係者からの意見や要望。Views and requests from residents, the council and others concerned. */
  | 'STAKEHOLDER_VIEWS'
  /** 総合戦略での位置付け。Place in the municipality's strategy. */
  | 'STRATEGY_POSITION'
  /** 主な対象。Target groups. */
  | 'TARGET_GROUPS';

/** 派生値を計算しなかった理由。どれも 0 ではない。Why a derived figure was not computed. None of them means 0. */
export type NotComputedReason =
  /** 大きい方がよいか小さい方がよいかが資料に書かれていない。The source does not say whether higher or lower is better. */
  | 'DIRECTION_NOT_STATED'
  /** 水準か年度の増分かが資料に書かれていない。The source does not say whether the figure is a level or a year's addition. */
  | 'KIND_NOT_STATED'
  /** 計算に必要な値が報告されていない。An input is not reported. */
  | 'MISSING_INPUT'
  /** この組み合わせでは意味をなさない（減少した水準で割るなど）。Not meaningful for these figures (e.g. dividing by a level that fell). */
  | 'NOT_MEANINGFUL'
  /** 実績が報告されていない。The actual is not reported. */
  | 'NO_ACTUAL'
  /** 基準値が報告されていない。The baseline is not reported. */
  | 'NO_BASELINE'
  /** その年度の目標がない。No target for that year. */
  | 'NO_TARGET'
  /** 費用と成果の対象年度が一致しない。The cost and the outcome cover different years. */
  | 'YEARS_DIFFER'
  /** 分母が 0（0 ÷ 0 など）。The denominator is 0. */
  | 'ZERO_DENOMINATOR';

/** 並べ替えの向き。Sort direction. */
export type OrderDirection =
  /** 昇順。Ascending. */
  | 'ASC'
  /** 降順。Descending. */
  | 'DESC';

/** 比較の仲間の決め方。How a ranking's peers are chosen. */
export type PeerGroup =
  /**
   * 同じ人口規模の団体（1万人未満、1万〜5万、5万〜10万、10万〜20万、20万〜50万、50万人以上）。人口が報告されていない団体は含まない。
   * Municipalities of the same population band (under 10,000; 10,000–49,999; 50,000–99,999; 100,000–199,999;
   * 200,000–499,999; 500,000 and over). Municipalities whose population is not reported are left out.
   */
  | 'POPULATION_BAND'
  /** 同じ都道府県の団体。Municipalities of the same prefecture. */
  | 'PREFECTURE';

/** 事業の絞り込み条件。すべて AND で結ぶ。Filters on programs, all of which must hold. */
export type ProgramFilter = {
  /** この年度以降にデータがある。Has figures in or after this fiscal year. */
  fiscalYearFrom: number | null | undefined;
  /** この年度以前にデータがある。Has figures in or before this fiscal year. */
  fiscalYearTo: number | null | undefined;
  /** 財源の枠組み（いずれか）。Funding schemes (any of them). */
  fundingSchemes: Array<FundingScheme> | null | undefined;
  /** 団体コード（いずれか）。Municipality codes (any of them). */
  municipalityCodes: Array<string> | null | undefined;
  /** 政策分野（いずれか）。Policy areas (any of them). */
  policyAreas: Array<string> | null | undefined;
  /** 都道府県コード（いずれか）。Prefecture codes (any of them). */
  prefectureCodes: Array<number> | null | undefined;
  /** 事業名・記述の語句（NFKC で正規化して部分一致）。Words in names and narrative (normalised with NFKC, substring match). */
  text: string | null | undefined;
};

/** 事業の並べ替え（値のない事業は最後）。How programs are sorted; programs without the figure come last. */
export type ProgramOrder = {
  /** 向き（既定は昇順）。The direction (ascending by default). */
  direction: OrderDirection;
  /** 並べ替えの項目。What to sort by. */
  field: ProgramOrderField;
};

/** 事業の並べ替えの項目。What programs are sorted by. */
export type ProgramOrderField =
  /** KPI の現在の達成率の平均。The mean of the KPIs' current achievement. */
  | 'ACHIEVEMENT'
  /** KPI ① の最新年度の成果単位あたり費用。Cost per unit of outcome of the first KPI, latest year. */
  | 'COST_PER_OUTCOME'
  /** 最新年度の費用（総費用、なければ事業費）。The latest year's cost (total cost, else project cost). */
  | 'LATEST_COST'
  /** 団体コードと事業番号。Municipality code, then program number. */
  | 'MUNICIPALITY_CODE';

/** 値の出所の種類。Where a recorded value comes from. */
export type ProvenanceOrigin =
  /** 資料に記載。Read from a source document. */
  | 'DOCUMENT'
  /** データセットの判断（英語名、付番、KPI の種類）。A choice of this dataset (an English name, an assigned number, a KPI's kind). */
  | 'EDITORIAL'
  /** API からの入力（注記が入力者を示す）。Entered through the API; the note names who entered it. */
  | 'ENTRY'
  /** 資料外の事実（団体コード、都道府県）。A fact from outside the documents (a local government code, a prefecture). */
  | 'EXTERNAL'
  /** 取り込んだ CSV の行（注記がファイルと行を示す）。A row of an imported CSV table; the note names the file and the line. */
  | 'IMPORT';

/** 順位付けに使う値。What programs are ranked by. */
export type RankingMetric =
  /** KPI の現在の達成率の平均。The mean of the KPIs' current achievement. */
  | 'ACHIEVEMENT'
  /** KPI ① の最新年度の成果単位あたり費用（按分なし）。Cost per unit of outcome of the first KPI, latest year (not apportioned). */
  | 'COST_PER_OUTCOME'
  /** 最新年度の交付金割合（交付金 ÷ 事業費）。The latest year's grant share (grant ÷ project cost). */
  | 'GRANT_SHARE'
  /** 最新年度の費用（総費用、なければ事業費）。The latest year's cost (total cost, else project cost). */
  | 'LATEST_COST';

/** トークンの役割。What an API token may do. */
export type Role =
  /** 管理者（editor のすべてを含む）。Administrator; everything an editor may do. */
  | 'ADMIN'
  /** データの追加と修正。Add and correct data. */
  | 'EDITOR'
  /** 閲覧のみ。Read only. */
  | 'VIEWER';

/** 値の出所の入力（省略時は ENTRY：トークン名を注記に記録）。Where an entered value comes from; ENTRY (the token's name as the note) when omitted. */
export type SourceInput = {
  /** 注記（EXTERNAL・EDITORIAL で必須）。A note; required for EXTERNAL and EDITORIAL. */
  note: string | null | undefined;
  /** 出所の種類（既定 ENTRY）。The kind of origin (ENTRY by default). */
  origin: ProvenanceOrigin;
  /** 原文（DOCUMENT で必須、資料に一字一句そのまま含まれること）。The raw text; required for DOCUMENT, and it must occur verbatim in the document. */
  raw: string | null | undefined;
  /** 資料内の箇所（DOCUMENT で必須）。The document's section; required for DOCUMENT. */
  section: string | null | undefined;
};

/** 人件費の職員区分。Which staff a personnel cost line is for. */
export type StaffType =
  /** その他の職員。Other staff. */
  | 'OTHER'
  /** 正規職員。Regular staff. */
  | 'REGULAR';

/** 状況の出所。Where a status comes from. */
export type StatusOrigin =
  /** 達成率からこの製品が判定。Computed by this product from the achievement. */
  | 'COMPUTED'
  /** 資料の語。The source's own word. */
  | 'SOURCE';

/** 入力の誤りの種類。The kind of a user error. */
export type UserErrorCode =
  /** 既に存在する。It exists already. */
  | 'ALREADY_EXISTS'
  /** 値が規則に合わない。A value breaks a rule of the format. */
  | 'INVALID'
  /** 対象が見つからない。What the input names does not exist. */
  | 'NOT_FOUND'
  /** 読んだ後に他の変更があった（現在の版を message が示す）。Changed since it was read; the message gives the current version. */
  | 'STALE_VERSION';

/** 判定文の主題。What a sentence of a verdict is about. */
export type VerdictTopic =
  /** 年度ごとの費用。What it cost, per fiscal year. */
  | 'COST'
  /** 財源：だれが負担したか。Who paid. */
  | 'FUNDING'
  /** 団体自身の評価・判断（資料の言葉）。The municipality's own evaluation or judgement, in its words. */
  | 'JUDGEMENT'
  /** 一つの KPI の年度ごとの目標と実績。One KPI's targets and actuals, year by year. */
  | 'KPI'
  /** 記載のないものとその理由。What the source does not give, and why. */
  | 'MISSING'
  /** 目標の達成の要約。How many targets were met, in which years. */
  | 'TARGETS';

export type ComparePageQueryVariables = Exact<{
  ids: Array<string> | string;
  from: number | null | undefined;
  to: number | null | undefined;
  ja: boolean;
  editor: boolean;
  find: string | null | undefined;
}>;

export type ComparePageQuery = {
  compare: {
    fiscalYears: Array<{ year: number }>;
    programs: Array<{
      program: {
        id: string;
        name: string;
        nameEn?: string | null;
        municipality: { name: string; nameEn?: string | null };
        document: { formName: string; formNameEn?: string | null };
        costs: Array<{ category: CostCategory }>;
        verdict: Array<{
          topic: VerdictTopic;
          kpiPosition: number | null;
          parts?: Array<{
            text: string;
            lang?: string;
            figure: {
              formula: {
                ja?: string;
                expression?: string | null;
                en?: string;
                expressionEn?: string | null;
              } | null;
              source: { id: string } | null;
            } | null;
          }>;
          partsEn?: Array<{
            text: string;
            lang?: string;
            figure: {
              formula: {
                ja?: string;
                expression?: string | null;
                en?: string;
                expressionEn?: string | null;
              } | null;
              source: { id: string } | null;
            } | null;
          }>;
        }>;
        printedUnitCosts: Array<{
          targetUnit: string | null;
          targetUnitEn?: string | null;
          fiscalYear: { year: number };
          targetCount: {
            value: number | null;
            absence: Absence | null;
            source: { id: string } | null;
          };
          targetDefinition: { value: string | null; valueEn?: string | null } | null;
          unitCost: {
            value: number | null;
            absence: Absence | null;
            source: { id: string } | null;
          };
          formula: { value: string | null; valueEn?: string | null } | null;
        }>;
        evaluations: Array<
          {
            axisLabel: string;
            gradeLabel: string | null;
            grade: { value: string | null; absence: Absence | null };
            fiscalYear: { year: number };
          } & { axisLabelEn?: string | null; gradeLabelEn?: string | null }
        >;
        sources: Array<{
          id: string;
          origin: ProvenanceOrigin;
          section: string | null;
          rawText: string | null;
          note?: string | null;
          document: { id: string } | null;
        }>;
        documents: Array<{ id: string; title: string; titleEn?: string | null }>;
      };
      kpis: Array<{
        kpi: {
          position: number;
          name: string;
          shortName: string;
          unit: string;
          kind: KpiKind | null;
          nameEn?: string | null;
          shortNameEn?: string | null;
          unitEn?: string | null;
          baseline: {
            label: string | null;
            labelEn?: string | null;
            value: { value: number | null };
            fiscalYear: { year: number } | null;
          } | null;
          planTarget: { value: number | null; absence: Absence | null };
          planActual: { value: number | null; absence: Absence | null };
          planStatus: {
            code: KpiStatusCode;
            label: string;
            origin: StatusOrigin;
            labelEn?: string;
          } | null;
          planAchievement: {
            value: number | null;
            unit: DerivedUnit;
            notComputed: NotComputedReason | null;
            derived: boolean;
            formula: {
              ja?: string;
              expression?: string | null;
              en?: string;
              expressionEn?: string | null;
            };
          };
        };
        years: Array<{
          absence: Absence | null;
          costPerUnitDescription?: string;
          costPerUnitDescriptionEn?: string;
          fiscalYear: { year: number };
          value: {
            target: { value: number | null; absence: Absence | null };
            actual: { value: number | null; absence: Absence | null };
            status: {
              code: KpiStatusCode;
              label: string;
              origin: StatusOrigin;
              labelEn?: string;
            } | null;
          } | null;
          achievement: {
            value: number | null;
            unit: DerivedUnit;
            notComputed: NotComputedReason | null;
            derived: boolean;
            formula: {
              ja?: string;
              expression?: string | null;
              en?: string;
              expressionEn?: string | null;
            };
          };
          costPerUnit: {
            value: number | null;
            unit: DerivedUnit;
            notComputed: NotComputedReason | null;
            derived: boolean;
            formula: {
              ja?: string;
              expression?: string | null;
              en?: string;
              expressionEn?: string | null;
            };
          };
        }>;
      }>;
      costYears: Array<{
        fiscalYear: { year: number };
        summary: {
          amountKind: AmountKind;
          projectCost: number | null;
          personnelCost: number | null;
          staffFte: number | null;
          grant: number | null;
          derived: boolean;
          fiscalYears: { first: { year: number }; last: { year: number } };
          totalCost: {
            value: number | null;
            notComputed: NotComputedReason | null;
            derived: boolean;
            formula: { expression?: string | null; expressionEn?: string | null };
          };
          grantShare: {
            value: number | null;
            notComputed: NotComputedReason | null;
            derived: boolean;
            formula: { expression?: string | null; expressionEn?: string | null };
          };
          otherThanGrant: {
            value: number | null;
            notComputed: NotComputedReason | null;
            derived: boolean;
            formula: { expression?: string | null; expressionEn?: string | null };
          };
        } | null;
      }>;
      costPeriods: Array<{
        amountKind: AmountKind;
        projectCost: number | null;
        personnelCost: number | null;
        staffFte: number | null;
        grant: number | null;
        derived: boolean;
        fiscalYears: { first: { year: number }; last: { year: number } };
        totalCost: {
          value: number | null;
          notComputed: NotComputedReason | null;
          derived: boolean;
          formula: { expression?: string | null; expressionEn?: string | null };
        };
        grantShare: {
          value: number | null;
          notComputed: NotComputedReason | null;
          derived: boolean;
          formula: { expression?: string | null; expressionEn?: string | null };
        };
        otherThanGrant: {
          value: number | null;
          notComputed: NotComputedReason | null;
          derived: boolean;
          formula: { expression?: string | null; expressionEn?: string | null };
        };
      }>;
    }>;
    notes: Array<{ kind: ComparisonNoteKind; message: string; messageEn?: string }>;
    formulas: Array<{ name: string; nameEn?: string; formula: { ja: string; en: string } }>;
  };
  programs: {
    nodes: Array<{
      id: string;
      name: string;
      nameEn?: string | null;
      municipality: { name: string; nameEn?: string | null };
    }>;
  };
};

export type DefaultComparisonQueryVariables = Exact<{ [key: string]: never }>;

export type DefaultComparisonQuery = {
  isehara: { id: string } | null;
  asahi: { id: string } | null;
};

export type EntryPageQueryVariables = Exact<{
  id: string;
}>;

export type EntryPageQuery = {
  program: {
    id: string;
    name: string;
    lastChangedAt: string | null;
    municipality: { name: string };
    kpis: Array<{
      id: string;
      position: number;
      name: string;
      unit: string;
      kind: KpiKind | null;
      values: Array<{
        version: number;
        fiscalYear: { year: number; label: string };
        target: { value: number | null; absence: Absence | null };
        actual: { value: number | null; absence: Absence | null };
        runningTotal: { value: number | null };
      }>;
    }>;
  } | null;
};

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = { viewer: { name: string; role: Role } | null };

export type KpiValueUpsertMutationVariables = Exact<{
  input: KpiValueUpsertInput;
}>;

export type KpiValueUpsertMutation = {
  kpiValueUpsert: {
    userErrors: Array<{
      field: Array<string>;
      message: string;
      code: UserErrorCode;
      currentVersion: number | null;
    }>;
    kpiValue: { version: number; fiscalYear: { label: string } } | null;
  };
};

export type SourceRefFragment = { id: string };

export type ProgramSourcesFragment = {
  sources: Array<{
    id: string;
    origin: ProvenanceOrigin;
    section: string | null;
    rawText: string | null;
    note?: string | null;
    document: { id: string } | null;
  }>;
  documents: Array<{ id: string; title: string; titleEn?: string | null }>;
};

export type FormulaFieldsFragment = { ja?: string; expression?: string | null } & {
  en?: string;
  expressionEn?: string | null;
};

export type VerdictFieldsFragment = {
  topic: VerdictTopic;
  kpiPosition: number | null;
  parts?: Array<{
    text: string;
    lang?: string;
    figure: {
      formula: {
        ja?: string;
        expression?: string | null;
        en?: string;
        expressionEn?: string | null;
      } | null;
      source: { id: string } | null;
    } | null;
  }>;
  partsEn?: Array<{
    text: string;
    lang?: string;
    figure: {
      formula: {
        ja?: string;
        expression?: string | null;
        en?: string;
        expressionEn?: string | null;
      } | null;
      source: { id: string } | null;
    } | null;
  }>;
};

export type PartFieldsFragment = {
  text: string;
  lang?: string;
  figure: {
    formula: {
      ja?: string;
      expression?: string | null;
      en?: string;
      expressionEn?: string | null;
    } | null;
    source: { id: string } | null;
  } | null;
};

export type CostFieldsFragment = {
  amountKind: AmountKind;
  projectCost: number | null;
  personnelCost: number | null;
  staffFte: number | null;
  grant: number | null;
  derived: boolean;
  fiscalYears: { first: { year: number }; last: { year: number } };
  totalCost: {
    value: number | null;
    notComputed: NotComputedReason | null;
    derived: boolean;
    formula: { expression?: string | null; expressionEn?: string | null };
  };
  grantShare: {
    value: number | null;
    notComputed: NotComputedReason | null;
    derived: boolean;
    formula: { expression?: string | null; expressionEn?: string | null };
  };
  otherThanGrant: {
    value: number | null;
    notComputed: NotComputedReason | null;
    derived: boolean;
    formula: { expression?: string | null; expressionEn?: string | null };
  };
};

export type CostFigureFieldsFragment = {
  value: number | null;
  notComputed: NotComputedReason | null;
  derived: boolean;
  formula: { expression?: string | null; expressionEn?: string | null };
};

export type CostLinesFieldsFragment = {
  categories: Array<CostCategory>;
  staffTypes: Array<StaffType | null>;
  firstYears: Array<number>;
  lastYears: Array<number>;
  amounts: Array<number | null>;
  amountAbsences: Array<Absence | null>;
  amountPrecisions: Array<number>;
  amountSources: Array<string | null>;
  staffFtes: Array<number | null>;
  staffFteSources: Array<string | null>;
};

export type KpiFieldsFragment = {
  position: number;
  name: string;
  shortName: string;
  unit: string;
  kind: KpiKind | null;
  baseline: {
    label: string | null;
    labelEn?: string | null;
    value: { value: number | null };
    fiscalYear: { year: number } | null;
  } | null;
  planTarget: { value: number | null; absence: Absence | null };
  planActual: { value: number | null; absence: Absence | null };
  planStatus: { code: KpiStatusCode; label: string; origin: StatusOrigin; labelEn?: string } | null;
  planAchievement: {
    value: number | null;
    unit: DerivedUnit;
    notComputed: NotComputedReason | null;
    derived: boolean;
    formula: { ja?: string; expression?: string | null; en?: string; expressionEn?: string | null };
  };
} & { nameEn?: string | null; shortNameEn?: string | null; unitEn?: string | null };

export type StatusFieldsFragment = {
  code: KpiStatusCode;
  label: string;
  origin: StatusOrigin;
  labelEn?: string;
};

export type KpiSeriesFieldsFragment = {
  years: Array<number>;
  targets: Array<number | null>;
  targetAbsences: Array<Absence | null>;
  targetSources: Array<string | null>;
  actuals: Array<number | null>;
  actualAbsences: Array<Absence | null>;
  actualSources: Array<string | null>;
  runningTotals: Array<number | null>;
  statuses: Array<KpiStatusCode | null>;
  statusTexts: Array<string | null>;
  achievements: Array<number | null>;
  achievementsNotComputed: Array<NotComputedReason | null>;
  achievementExpressions?: Array<string | null>;
  achievementExpressionsEn?: Array<string | null>;
  achievementRule: { ja?: string; en?: string };
};

export type PrintedUnitCostFieldsFragment = {
  targetUnit: string | null;
  targetUnitEn?: string | null;
  fiscalYear: { year: number };
  targetCount: { value: number | null; absence: Absence | null; source: { id: string } | null };
  targetDefinition: { value: string | null; valueEn?: string | null } | null;
  unitCost: { value: number | null; absence: Absence | null; source: { id: string } | null };
  formula: { value: string | null; valueEn?: string | null } | null;
};

export type FigureFieldsFragment = {
  value: number | null;
  unit: DerivedUnit;
  notComputed: NotComputedReason | null;
  derived: boolean;
  formula: { ja?: string; expression?: string | null; en?: string; expressionEn?: string | null };
};

export type YearFieldsFragment = { year: number };

export type FundingFieldsFragment = {
  amountKind: AmountKind;
  fiscalYear: { year: number };
  lines: Array<{ category: CostCategory; yen: number; reported: number; missing: number }>;
};

export type PolicyNodeFieldsFragment = {
  level: string;
  number: string | null;
  name: string;
  otherNames: Array<string>;
  programCount: number;
  directions: Array<{ grade: string; label: string; count: number }>;
  funding: Array<{
    amountKind: AmountKind;
    fiscalYear: { year: number };
    lines: Array<{ category: CostCategory; yen: number; reported: number; missing: number }>;
  }>;
};

export type MunicipalityPageQueryVariables = Exact<{
  code: string;
}>;

export type MunicipalityPageQuery = {
  municipality: {
    code: string;
    name: string;
    nameEn: string | null;
    isSynthetic: boolean;
    kpiRollup: { programCount: number };
    prefecture: { name: string; nameEn: string | null };
    directions: Array<{ grade: string; label: string; count: number }>;
    funding: Array<{
      amountKind: AmountKind;
      fiscalYear: { year: number };
      lines: Array<{ category: CostCategory; yen: number; reported: number; missing: number }>;
    }>;
    policyTree: Array<{
      level: string;
      number: string | null;
      name: string;
      otherNames: Array<string>;
      programCount: number;
      children: Array<{
        level: string;
        number: string | null;
        name: string;
        otherNames: Array<string>;
        programCount: number;
        children: Array<{
          level: string;
          number: string | null;
          name: string;
          otherNames: Array<string>;
          programCount: number;
          programs: Array<{ id: string; number: string; name: string; nameEn: string | null }>;
          directions: Array<{ grade: string; label: string; count: number }>;
          funding: Array<{
            amountKind: AmountKind;
            fiscalYear: { year: number };
            lines: Array<{
              category: CostCategory;
              yen: number;
              reported: number;
              missing: number;
            }>;
          }>;
        }>;
        directions: Array<{ grade: string; label: string; count: number }>;
        funding: Array<{
          amountKind: AmountKind;
          fiscalYear: { year: number };
          lines: Array<{ category: CostCategory; yen: number; reported: number; missing: number }>;
        }>;
      }>;
      directions: Array<{ grade: string; label: string; count: number }>;
      funding: Array<{
        amountKind: AmountKind;
        fiscalYear: { year: number };
        lines: Array<{ category: CostCategory; yen: number; reported: number; missing: number }>;
      }>;
    }>;
  } | null;
};

export type OverviewQueryVariables = Exact<{
  first: number;
  filter: ProgramFilter | null | undefined;
  orderBy: ProgramOrder | null | undefined;
  after: string | null | undefined;
  prefecture: number;
  withPrefecture: boolean;
  municipality: string;
  withMunicipality: boolean;
  ja: boolean;
}>;

export type OverviewQuery = {
  prefectures: Array<{ code: number; name: string; nameEn: string | null }>;
  policyAreas: Array<{ key: string; name: string; nameEn: string }>;
  prefectureMunicipalities?: Array<{ code: string; name: string; nameEn: string | null }>;
  chosenMunicipality?: Array<{
    prefecture: {
      code: number;
      municipalities: Array<{ code: string; name: string; nameEn: string | null }>;
    };
  }>;
  kpiRollup: {
    kpiCount: number;
    kpisWithStatus: number;
    kpisAchieved: number;
    programCount: number;
    programsAllAchieved: number;
    shareOfKpisAchieved: {
      value: number | null;
      unit: DerivedUnit;
      notComputed: NotComputedReason | null;
      derived: boolean;
      formula: {
        ja?: string;
        expression?: string | null;
        en?: string;
        expressionEn?: string | null;
      };
    };
    shareOfProgramsAllAchieved: {
      value: number | null;
      unit: DerivedUnit;
      notComputed: NotComputedReason | null;
      derived: boolean;
      formula: {
        ja?: string;
        expression?: string | null;
        en?: string;
        expressionEn?: string | null;
      };
    };
  };
  programs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      number: string;
      name: string;
      nameEn: string | null;
      policyArea: string;
      fundingScheme: FundingScheme;
      fundingSchemeName: string | null;
      fieldSources: Array<{ field: string; source: { origin: ProvenanceOrigin } }>;
      municipality: {
        code: string;
        name: string;
        nameEn: string | null;
        isSynthetic: boolean;
        prefecture: { name: string; nameEn: string | null };
      };
      dataYears: {
        first: { year: number; label: string; labelEn: string };
        last: { year: number; label: string; labelEn: string };
      } | null;
      kpiRollup: { kpiCount: number; kpisWithStatus: number; kpisAchieved: number };
      costSummaries: Array<{
        projectCost: number | null;
        derived: boolean;
        fiscalYears: {
          first: { year: number; label: string; labelEn: string };
          last: { year: number };
        };
        totalCost: {
          value: number | null;
          unit: DerivedUnit;
          notComputed: NotComputedReason | null;
          derived: boolean;
          formula: {
            ja?: string;
            expression?: string | null;
            en?: string;
            expressionEn?: string | null;
          };
        };
        grantShare: {
          value: number | null;
          unit: DerivedUnit;
          notComputed: NotComputedReason | null;
          derived: boolean;
          formula: {
            ja?: string;
            expression?: string | null;
            en?: string;
            expressionEn?: string | null;
          };
        };
      }>;
    }>;
  };
};

export type MunicipalityOptionFragment = { code: string; name: string; nameEn: string | null };

export type SimilarFieldsFragment = {
  sharedTerms: Array<string>;
  program: {
    id: string;
    name: string;
    nameEn?: string | null;
    municipality: { name: string; nameEn?: string | null };
  };
};

export type ProgramPageQueryVariables = Exact<{
  id: string;
  ja: boolean;
  editor: boolean;
}>;

export type ProgramPageQuery = {
  program:
    | ({
        id: string;
        lastChangedAt: string | null;
        number: string;
        numberAssigned: boolean;
        name: string;
        policyArea: string;
        fundingScheme: FundingScheme;
        fundingSchemeName: string | null;
        department: string | null;
        division: string | null;
        history: {
          nodes: Array<{
            at: string;
            actor: string;
            source: ChangeSource;
            entity: string;
            entityKey: string;
            changedFields: Array<string>;
          }>;
        };
        municipality: {
          code: string;
          name: string;
          nameEn?: string | null;
          prefecture: { name: string; nameEn?: string | null };
        };
        document: { title: string; formName: string; fiscalYear: { year: number } } & {
          titleEn?: string | null;
          formNameEn?: string | null;
        };
        firstFiscalYear: { year: number } | null;
        lastFiscalYear: { year: number } | null;
        planPeriod: { first: { year: number }; last: { year: number } } | null;
        dataYears: { first: { year: number }; last: { year: number } } | null;
        planHierarchy: Array<
          { level: string; number: string | null; name: string; source: { id: string } } & {
            levelEn?: string | null;
            nameEn?: string | null;
          }
        >;
        sameMunicipality: Array<{
          sharedTerms: Array<string>;
          program: {
            id: string;
            name: string;
            nameEn?: string | null;
            municipality: { name: string; nameEn?: string | null };
          };
        }>;
        otherMunicipalities: Array<{
          sharedTerms: Array<string>;
          program: {
            id: string;
            name: string;
            nameEn?: string | null;
            municipality: { name: string; nameEn?: string | null };
          };
        }>;
        verdict: Array<{
          topic: VerdictTopic;
          kpiPosition: number | null;
          parts?: Array<{
            text: string;
            lang?: string;
            figure: {
              formula: {
                ja?: string;
                expression?: string | null;
                en?: string;
                expressionEn?: string | null;
              } | null;
              source: { id: string } | null;
            } | null;
          }>;
          partsEn?: Array<{
            text: string;
            lang?: string;
            figure: {
              formula: {
                ja?: string;
                expression?: string | null;
                en?: string;
                expressionEn?: string | null;
              } | null;
              source: { id: string } | null;
            } | null;
          }>;
        }>;
        narratives: Array<
          {
            kind: NarrativeKind;
            heading: string;
            text: string;
            kpi: { position: number } | null;
            source: { id: string };
          } & { headingEn?: string | null; textEn?: string | null }
        >;
        kpis: Array<{
          position: number;
          name: string;
          shortName: string;
          unit: string;
          kind: KpiKind | null;
          nameEn?: string | null;
          shortNameEn?: string | null;
          unitEn?: string | null;
          series: {
            years: Array<number>;
            targets: Array<number | null>;
            targetAbsences: Array<Absence | null>;
            targetSources: Array<string | null>;
            actuals: Array<number | null>;
            actualAbsences: Array<Absence | null>;
            actualSources: Array<string | null>;
            runningTotals: Array<number | null>;
            statuses: Array<KpiStatusCode | null>;
            statusTexts: Array<string | null>;
            achievements: Array<number | null>;
            achievementsNotComputed: Array<NotComputedReason | null>;
            achievementExpressions?: Array<string | null>;
            achievementExpressionsEn?: Array<string | null>;
            achievementRule: { ja?: string; en?: string };
          };
          baseline: {
            label: string | null;
            labelEn?: string | null;
            value: { value: number | null };
            fiscalYear: { year: number } | null;
          } | null;
          planTarget: { value: number | null; absence: Absence | null };
          planActual: { value: number | null; absence: Absence | null };
          planStatus: {
            code: KpiStatusCode;
            label: string;
            origin: StatusOrigin;
            labelEn?: string;
          } | null;
          planAchievement: {
            value: number | null;
            unit: DerivedUnit;
            notComputed: NotComputedReason | null;
            derived: boolean;
            formula: {
              ja?: string;
              expression?: string | null;
              en?: string;
              expressionEn?: string | null;
            };
          };
        }>;
        costSummaries: Array<{
          amountKind: AmountKind;
          projectCost: number | null;
          personnelCost: number | null;
          staffFte: number | null;
          grant: number | null;
          derived: boolean;
          fiscalYears: { first: { year: number }; last: { year: number } };
          totalCost: {
            value: number | null;
            notComputed: NotComputedReason | null;
            derived: boolean;
            formula: { expression?: string | null; expressionEn?: string | null };
          };
          grantShare: {
            value: number | null;
            notComputed: NotComputedReason | null;
            derived: boolean;
            formula: { expression?: string | null; expressionEn?: string | null };
          };
          otherThanGrant: {
            value: number | null;
            notComputed: NotComputedReason | null;
            derived: boolean;
            formula: { expression?: string | null; expressionEn?: string | null };
          };
        }>;
        costLines: {
          categories: Array<CostCategory>;
          staffTypes: Array<StaffType | null>;
          firstYears: Array<number>;
          lastYears: Array<number>;
          amounts: Array<number | null>;
          amountAbsences: Array<Absence | null>;
          amountPrecisions: Array<number>;
          amountSources: Array<string | null>;
          staffFtes: Array<number | null>;
          staffFteSources: Array<string | null>;
        };
        costPerUnit: Array<{
          description?: string;
          descriptionEn?: string;
          kpi: { position: number };
          figure: { value: number | null };
        }>;
        printedUnitCosts: Array<{
          targetUnit: string | null;
          targetUnitEn?: string | null;
          fiscalYear: { year: number };
          targetCount: {
            value: number | null;
            absence: Absence | null;
            source: { id: string } | null;
          };
          targetDefinition: { value: string | null; valueEn?: string | null } | null;
          unitCost: {
            value: number | null;
            absence: Absence | null;
            source: { id: string } | null;
          };
          formula: { value: string | null; valueEn?: string | null } | null;
        }>;
        evaluations: Array<
          {
            axis: EvaluationAxis;
            axisLabel: string;
            gradeLabel: string | null;
            reasonLabel: string | null;
            fiscalYear: { year: number };
            grade: { value: string | null; absence: Absence | null; source: { id: string } | null };
            scale: Array<{ grade: string; label: string; labelEn?: string | null }>;
            reason: {
              value: string | null;
              absence: Absence | null;
              valueEn?: string | null;
            } | null;
          } & {
            axisLabelEn?: string | null;
            gradeLabelEn?: string | null;
            reasonLabelEn?: string | null;
          }
        >;
        activities: Array<{
          position: number;
          name: string;
          nameEn?: string | null;
          years: Array<{
            fiscalYear: { year: number };
            planned: { value: string | null; absence: Absence | null; valueEn?: string | null };
            done: {
              value: string | null;
              absence: Absence | null;
              valueEn?: string | null;
              source: { id: string } | null;
            };
          }>;
        }>;
        sources: Array<{
          id: string;
          origin: ProvenanceOrigin;
          section: string | null;
          rawText: string | null;
          note?: string | null;
          document: { id: string } | null;
        }>;
        documents: Array<{ id: string; title: string; titleEn?: string | null }>;
      } & {
        nameEn?: string | null;
        fundingSchemeNameEn?: string | null;
        departmentEn?: string | null;
        divisionEn?: string | null;
      })
    | null;
};

export type RankingPageQueryVariables = Exact<{
  metric: RankingMetric;
  filter: ProgramFilter | null | undefined;
  peersOf: string | null | undefined;
  peerGroup: PeerGroup | null | undefined;
  highlight: string | null | undefined;
  costBasis: CostBasis | null | undefined;
  first: number;
  offset: number | null | undefined;
  chosen: string;
  withChosen: boolean;
  find: string;
  finding: boolean;
}>;

export type RankingPageQuery = {
  ranking: {
    ascending: boolean;
    totalCount: number;
    costBasis: CostBasis | null;
    percentilesWithheld: string | null;
    percentilesWithheldEn: string | null;
    note: string;
    noteEn: string;
    distribution: {
      count: number;
      min: number | null;
      p10: number | null;
      p25: number | null;
      median: number | null;
      p75: number | null;
      p90: number | null;
      max: number | null;
    };
    entries: Array<{
      rank: number;
      percentile: number | null;
      value: number;
      program: {
        id: string;
        name: string;
        nameEn: string | null;
        municipality: { name: string; nameEn: string | null; isSynthetic: boolean };
      };
    }>;
    highlight: {
      rank: number;
      percentile: number | null;
      value: number;
      program: { id: string };
    } | null;
  };
  policyAreas: Array<{ key: string; name: string; nameEn: string }>;
  chosen?: {
    id: string;
    number: string;
    name: string;
    nameEn: string | null;
    policyArea: string;
    municipality: {
      name: string;
      nameEn: string | null;
      isSynthetic: boolean;
      population: number | null;
      populationBand: string | null;
      populationBandEn: string | null;
      prefecture: { name: string; nameEn: string | null };
    };
  } | null;
  found?: {
    totalCount: number;
    nodes: Array<{
      id: string;
      number: string;
      name: string;
      nameEn: string | null;
      policyArea: string;
      municipality: {
        name: string;
        nameEn: string | null;
        isSynthetic: boolean;
        population: number | null;
        populationBand: string | null;
        populationBandEn: string | null;
        prefecture: { name: string; nameEn: string | null };
      };
    }>;
  };
};

export type RankedProgramChoiceFragment = {
  id: string;
  number: string;
  name: string;
  nameEn: string | null;
  policyArea: string;
  municipality: {
    name: string;
    nameEn: string | null;
    isSynthetic: boolean;
    population: number | null;
    populationBand: string | null;
    populationBandEn: string | null;
    prefecture: { name: string; nameEn: string | null };
  };
};
