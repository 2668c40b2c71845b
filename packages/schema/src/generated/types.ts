export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /**
   * 日時（ISO 8601、UTC）。
   * A point in time as an ISO 8601 string in UTC, e.g. 2024-05-01T09:30:00.000Z.
   */
  DateTime: { input: unknown; output: unknown };
  /**
   * 金額（円）。整数の円で表す。32ビットの Int では約21億円を超えられないため、Int ではなく JSON の数値
   * （2^53 未満の整数）として返す。
   * Whole yen, as a JSON number below 2^53. Not Int, because 32 bits overflow at about 2.1 billion yen.
   */
  Yen: { input: number; output: number };
};

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

/** 事業行程の一項目。A line of a program's schedule. */
export type Activity = {
  __typename?: 'Activity';
  /** 項目名。The activity. */
  name: Scalars['String']['output'];
  /** 項目名の英訳。The activity in English. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** 順番。Order as printed. */
  position: Scalars['Int']['output'];
  /** 出所。Where it was read. */
  source: Provenance;
  /** 年度ごとの計画と実績。What was planned and done, per fiscal year. */
  years: Array<ActivityYear>;
};

/** 一項目の一年度の計画と実績。An activity's plan and result for one fiscal year. */
export type ActivityYear = {
  __typename?: 'ActivityYear';
  /** 実施結果。What was done. */
  done: SourcedText;
  /** 年度。The fiscal year. */
  fiscalYear: FiscalYear;
  /** 計画（事業行程）。What was planned. */
  planned: SourcedText;
};

/** 金額が実績か計画か。Whether an amount was spent or is planned. */
export type AmountKind =
  /** 実績（決算）。Spent. */
  | 'ACTUAL'
  /** 計画（予算・目標）。Planned for the year. */
  | 'PLAN';

/** API トークンの持ち主。Who an API token belongs to. */
export type ApiCaller = {
  __typename?: 'ApiCaller';
  /** トークンの名前（監査ログに記録される）。The token's name, as the audit log records it. */
  name: Scalars['String']['output'];
  /** 役割。The role. */
  role: Role;
};

/**
 * 記録された一件の変更：誰が、いつ、どの経路で、何を、前と後。
 * One recorded change: who made it, when, by which route, to what, and the value before and after.
 */
export type Change = {
  __typename?: 'Change';
  /** 変更の種類。What the change did. */
  action: ChangeAction;
  /** 変更した者（トークン名、import:ファイル、dataset:ファイル）。Who made it: a token's name, import:<file> or dataset:<file>. */
  actor: Scalars['String']['output'];
  /** 変更後の値（JSON 文字列、削除なら null）。The value after, as a JSON string; null when removed. */
  after?: Maybe<Scalars['String']['output']>;
  /** 日時。When it was made. */
  at: Scalars['DateTime']['output'];
  /** 変更前の値（JSON 文字列、追加なら null）。The value before, as a JSON string; null when added. */
  before?: Maybe<Scalars['String']['output']>;
  /** 変わった項目の名前。The names of the fields that differ. */
  changedFields: Array<Scalars['String']['output']>;
  /** 対象の種類（program, kpi, kpi_value, cost_entry, evaluation, narrative, program_record）。The kind of entity changed. */
  entity: Scalars['String']['output'];
  /** 対象の自然キー（例 14214/25-102/kpi/1/2021）。The entity's natural key, e.g. 14214/25-102/kpi/1/2021. */
  entityKey: Scalars['String']['output'];
  /** 変更の ID（不透明な文字列）。An opaque identifier. */
  id: Scalars['ID']['output'];
  /** 経路。The route. */
  source: ChangeSource;
};

/** 変更の種類。What a change did. */
export type ChangeAction =
  /** 追加。Added. */
  | 'ADDED'
  /** 変更。Changed. */
  | 'CHANGED'
  /** 削除（事業ファイルの取り込みで消えた項目）。Removed (gone from a program file that replaced the record). */
  | 'REMOVED';

/** 変更履歴の一ページ（新しい順）。A page of changes, newest first. */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** このページの変更。The changes of this page. */
  nodes: Array<Change>;
  /** ページ情報。Where this page ends and whether more follow. */
  pageInfo: PageInfo;
};

/** 変更の経路。How a change reached the data. */
export type ChangeSource =
  /** 起動時のデータセット読み込み。The dataset loaded when the API starts. */
  | 'DATASET'
  /** GraphQL の更新操作。A GraphQL mutation. */
  | 'GRAPHQL'
  /** 取り込みコマンド。The import command. */
  | 'IMPORT';

/** 文中に引用した数値と、その出所。A figure a sentence cites, with where it was read. */
export type CitedFigure = {
  __typename?: 'CitedFigure';
  /** 計算式（この製品が計算した値：差し引き、割合）。The formula, for a figure this product computed (a difference, a share). */
  formula?: Maybe<Formula>;
  /** 出所（資料から読んだ値）。Where it was read, for a figure from the source. */
  source?: Maybe<Provenance>;
  /** 日本語の文中の表記。How the Japanese sentence writes it. */
  text: Scalars['String']['output'];
  /** 英語の文中の表記。How the English sentence writes it. */
  textEn: Scalars['String']['output'];
  /** 値（金額は円、率は 1.0 = 100%）。null は記載がない。The value (yen for money, 1.0 = 100 % for a rate); null when the source gives none. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** 比較の中の一年度の費用。A fiscal year's costs within a comparison. */
export type ComparedCostYear = {
  __typename?: 'ComparedCostYear';
  /** 単年度の費用がない理由：複数年度の合計に含む、または期間外。Why there is no cost for the year alone: included in a multi-year total, or not covered. */
  absence?: Maybe<Absence>;
  /** この年度を含む複数年度の合計（あれば、最も短いもの）。The shortest multi-year total that includes this year, where there is one. */
  coveredBy?: Maybe<CostSummary>;
  /** 年度。The fiscal year. */
  fiscalYear: FiscalYear;
  /** その年度の費用（単年度の記載がなければ null）。The year's costs; null when the source reports none for that year alone. */
  summary?: Maybe<CostSummary>;
};

/** 比較の中の KPI。A KPI within a comparison, with one cell per fiscal year of the axis. */
export type ComparedKpi = {
  __typename?: 'ComparedKpi';
  /** 対象の KPI。The KPI. */
  kpi: Kpi;
  /** 年度ごと（比較の年度軸どおり）。One cell per fiscal year of the comparison's axis. */
  years: Array<ComparedKpiYear>;
};

/** 比較の中の KPI の一年度。一年度のセル：値がなければ null。A KPI's cell for one fiscal year of the comparison; null figures when the year has none. */
export type ComparedKpiYear = {
  __typename?: 'ComparedKpiYear';
  /** 値がない理由（その年度の記載がなければ期間外）。Why the year has no value: not covered when the source has no entry for it. */
  absence?: Maybe<Absence>;
  /** 達成率（記載なしなら計算しない）。Achievement; not computed when there is no entry. */
  achievement: DerivedFigure;
  /** 成果単位あたり費用。Cost per unit of outcome for the year. */
  costPerUnit: DerivedFigure;
  /** 成果単位あたり費用が何を何で割ったかの一文。One sentence saying what the per-unit figure divides by what. */
  costPerUnitDescription: Scalars['String']['output'];
  /** 同じ一文の英語。The same sentence in English. */
  costPerUnitDescriptionEn: Scalars['String']['output'];
  /** 年度。The fiscal year. */
  fiscalYear: FiscalYear;
  /** その年度の値（行がなければ null：この年度の記載なし）。The value of that year; null when the source has no entry for the year. */
  value?: Maybe<KpiValue>;
};

/** 比較の中の一事業。One program within a comparison. */
export type ComparedProgram = {
  __typename?: 'ComparedProgram';
  /** 複数年度の合計として印字された費用（計画期間など）。Costs printed only as a total over several years (a plan period). */
  costPeriods: Array<CostSummary>;
  /** 年度ごとの費用（年度軸どおり）。Its costs per fiscal year of the axis. */
  costYears: Array<ComparedCostYear>;
  /** KPI の集計。Roll-up of its KPIs. */
  kpiRollup: Rollup;
  /** KPI（年度軸に揃えたもの）。Its KPIs, aligned on the comparison's fiscal years. */
  kpis: Array<ComparedKpi>;
  /** 年度軸のうち、KPI も費用もない年度。Fiscal years of the axis with no KPI figure and no cost. */
  missingYears: Array<FiscalYear>;
  /** 事業。The program. */
  program: Program;
};

/** 年度で揃えた二つ以上の事業の比較。Programs aligned on fiscal years, side by side. */
export type Comparison = {
  __typename?: 'Comparison';
  /** 年度軸（昇順）。The fiscal-year axis, ascending. */
  fiscalYears: Array<FiscalYear>;
  /** 使われる派生値の計算式。The formulas of the derived figures it shows. */
  formulas: Array<FormulaEntry>;
  /** 比較する事業全体の KPI の集計。Roll-up over all the programs compared. */
  kpiRollup: Rollup;
  /** 比較できない点。What may not be compared, and why. */
  notes: Array<ComparisonNote>;
  /** 事業（指定の順）。The programs, in the order asked. */
  programs: Array<ComparedProgram>;
};

/** 比較で注意すべき点。A caution about what may not be compared, and why. */
export type ComparisonNote = {
  __typename?: 'ComparisonNote';
  /** 種類。The kind. */
  kind: ComparisonNoteKind;
  /** 説明（日本語）。The caution in Japanese. */
  message: Scalars['String']['output'];
  /** 説明（英語）。The caution in English. */
  messageEn: Scalars['String']['output'];
  /** 関係する事業。The programs it concerns. */
  programs: Array<Program>;
};

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

/**
 * 費用・財源の一行（一年度、または資料が合計だけを印字する年度の範囲）。
 * One line of cost or funding, for a fiscal year or, where the source prints only a total, a range of years.
 */
export type CostEntry = {
  __typename?: 'CostEntry';
  /** 金額。The amount. */
  amount: YenAmount;
  /** 実績か計画（予算・目標）か。Spent, or planned for the year. */
  amountKind: AmountKind;
  /** 区分。The category. */
  category: CostCategory;
  /** 対象の年度の範囲（単年度なら first と last が同じ）。The fiscal years it covers (first equals last for one year). */
  fiscalYears: FiscalYearRange;
  /** 注記。A note. */
  note?: Maybe<Scalars['String']['output']>;
  /** 職員数（人、常勤換算）。Staff in full-time equivalents, for personnel cost. */
  staffFte?: Maybe<Measure>;
  /** 延べ業務時間（時間）。The hours staff worked on the program in the year, for personnel cost. */
  staffHours?: Maybe<Measure>;
  /** 人件費の職員区分（人件費合計なら null）。For personnel cost, which staff; null for the personnel total and other categories. */
  staffType?: Maybe<StaffType>;
  /** 版。更新時に expectedVersion として渡す。The version; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** 費用の更新の結果。The result of a cost mutation. */
export type CostEntryPayload = {
  __typename?: 'CostEntryPayload';
  /** 費用の行（誤りがあれば null）。The cost line; null when refused. */
  costEntry?: Maybe<CostEntry>;
  /** 入力の誤り（空なら成功）。Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** 費用の一行。One cost line, found by program, category, staff type and years. */
export type CostEntryUpsertInput = {
  /** 金額（印字どおり、unit の単位。null は absence とともに）。The amount as printed, in unit; null with an absence. */
  amount: MeasureInput;
  /** 費目。The category. */
  category: CostCategory;
  /** 読んだときの版（新しい行なら省略）。The version the update is based on; leave it out to add a line. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** 年度（期間なら最初の年度）。The fiscal year, or the first of a period. */
  fiscalYear: Scalars['Int']['input'];
  /** 期間の最後の年度（単年度なら省略）。The last fiscal year of a period; leave it out for one year. */
  fiscalYearTo?: InputMaybe<Scalars['Int']['input']>;
  /** 注記。A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 事業の ID。The program's id. */
  programId: Scalars['ID']['input'];
  /** 出所。Where the figures come from. */
  source?: InputMaybe<SourceInput>;
  /** 職員数（人、人件費）。Staff in full-time equivalents, for personnel cost. */
  staffFte?: InputMaybe<Scalars['Float']['input']>;
  /** 職員の区分（人件費のみ）。The staff type; personnel cost only. */
  staffType?: InputMaybe<StaffType>;
  /** 金額の単位。The unit of the amount. */
  unit: YenUnit;
};

/**
 * 事業の費用の記載のうち、表に要るものを列で持つ形。どのリストも categories と同じ順・同じ長さで、値は costs の同じ欄と
 * 同じ。記載ごとのオブジェクトを送らない。延べ業務時間、実績か計画か、注記、版は costs にだけある。
 * What a page's table needs of a program's cost lines, as columns: every list in the order and of the
 * length of `categories`, each value the same as the same field of `costs`. No object per line. Staff
 * hours, whether a line is spent or planned, notes and versions are in `costs` only.
 */
export type CostLines = {
  __typename?: 'CostLines';
  /** 金額が null の理由。Why an amount is null. */
  amountAbsences: Array<Maybe<Absence>>;
  /** 印字の精度（千円単位の資料なら 1000）。How exact each printed amount is, in yen (1000 for a sheet in 千円). */
  amountPrecisions: Array<Scalars['Int']['output']>;
  /** 金額の出所（Program.sources の ID。出所がなければ null）。Where each amount was read: the id of one of Program.sources; null where none is recorded. */
  amountSources: Array<Maybe<Scalars['ID']['output']>>;
  /** 金額（円）。null は未報告であり、0 ではない。The amounts in whole yen; null means not reported, never 0. */
  amounts: Array<Maybe<Scalars['Yen']['output']>>;
  /** 区分。The categories. */
  categories: Array<CostCategory>;
  /** 対象の最初の年度。The first fiscal year each line covers. */
  firstYears: Array<Scalars['Int']['output']>;
  /** 対象の最後の年度（単年度なら最初と同じ）。The last fiscal year each covers (the first, for one year). */
  lastYears: Array<Scalars['Int']['output']>;
  /** 職員数の出所（Program.sources の ID）。職員数の欄がなければ null（空欄の欄には出所がある）。Where each staff count was read; null where the line has no staff count at all (a blank one has a source). */
  staffFteSources: Array<Maybe<Scalars['ID']['output']>>;
  /** 職員数（人、常勤換算。なければ null）。Staff in full-time equivalents; null where the line gives none. */
  staffFtes: Array<Maybe<Scalars['Float']['output']>>;
  /** 人件費の職員区分（人件費合計や他の区分なら null）。For personnel cost, which staff; null for the personnel total and other categories. */
  staffTypes: Array<Maybe<StaffType>>;
};

/**
 * 成果 1 単位あたりの費用（按分なし：事業全体の費用を KPI ごとに割るため、KPI 間で足し合わせない）。
 * Cost per unit of a KPI's outcome, not apportioned: the whole program's cost is divided by each KPI in turn.
 */
export type CostPerUnit = {
  __typename?: 'CostPerUnit';
  /** 分子の費用。The cost divided. */
  costBasis?: Maybe<CostBasis>;
  /** 何を何で割ったかの一文。One sentence saying what was divided by what. */
  description: Scalars['String']['output'];
  /** 同じ一文の英語。The same sentence in English. */
  descriptionEn: Scalars['String']['output'];
  /** 値と計算式。The figure and its formula. */
  figure: DerivedFigure;
  /** 対象の年度（計画期間なら範囲）。The fiscal years (a range for a plan period). */
  fiscalYears: FiscalYearRange;
  /** 対象の KPI。The KPI. */
  kpi: Kpi;
};

/**
 * 一年度、または資料が合計だけを印字する年度の範囲の費用と財源。
 * Costs and funding of one fiscal year, or of a range of years the source prints as a total.
 */
export type CostSummary = {
  __typename?: 'CostSummary';
  /** 実績か計画（予算・目標）か。Spent, or planned. */
  amountKind: AmountKind;
  /** 印字された合計の差し引きで求めたか。Whether the figures were found by difference of printed totals. */
  derived: Scalars['Boolean']['output'];
  /** 対象の年度。The fiscal years covered. */
  fiscalYears: FiscalYearRange;
  /** 一般財源。General fund. */
  generalFund?: Maybe<Scalars['Yen']['output']>;
  /** 一般財源割合 = 一般財源 ÷ 事業費。General-fund share = general fund ÷ project cost. */
  generalFundShare: DerivedFigure;
  /** 交付金・国県支出金。Grant and national or prefectural subsidy. */
  grant?: Maybe<Scalars['Yen']['output']>;
  /** 交付金割合 = 交付金 ÷ 事業費。Grant share = grant ÷ project cost. */
  grantShare: DerivedFigure;
  /** 交付金・国県支出金以外 = 事業費 − 交付金（団体の負担など。財源の内訳は資料による）。The project cost not met by a grant or subsidy: project cost − grant (the municipality's share and other sources, as far as the source tells). */
  otherThanGrant: DerivedFigure;
  /** 人件費（null は未報告）。Personnel cost; null when not reported. */
  personnelCost?: Maybe<Scalars['Yen']['output']>;
  /** 事業費（null は未報告）。Project cost; null when not reported. */
  projectCost?: Maybe<Scalars['Yen']['output']>;
  /** 職員数（人、常勤換算）。Staff in full-time equivalents. */
  staffFte?: Maybe<Scalars['Float']['output']>;
  /** 総費用 = 事業費 + 人件費。どちらかが未報告なら計算しない。Total cost = project + personnel; not computed when either is not reported. */
  totalCost: DerivedFigure;
};

/**
 * この製品が計算した値：値、単位、計算式、計算しなかった理由、派生した入力を使ったか。
 * A figure this product computed: its value, unit, formula, why it was not computed, and whether an input was itself derived.
 */
export type DerivedFigure = {
  __typename?: 'DerivedFigure';
  /** 入力に派生値を含むか（年度目標の合計、差し引きで求めた費用など）。Whether an input was derived (a sum of yearly targets, a cost by difference). */
  derived: Scalars['Boolean']['output'];
  /** 計算式。The formula. */
  formula: Formula;
  /** 計算しなかった理由。Why it was not computed. */
  notComputed?: Maybe<NotComputedReason>;
  /** 理由の説明（日本語）。The reason in Japanese. */
  notComputedText?: Maybe<Scalars['String']['output']>;
  /** 理由の説明（英語）。The reason in English. */
  notComputedTextEn?: Maybe<Scalars['String']['output']>;
  /** 単位。The unit. */
  unit: DerivedUnit;
  /** 値（null は計算しなかった。理由は notComputed）。The value; null when not computed, with the reason in notComputed. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** 派生値の単位。The unit of a derived figure. */
export type DerivedUnit =
  /** 比率（1.0 = 100%）。A ratio, 1.0 being 100 %. */
  | 'RATIO'
  /** 円。Yen. */
  | 'YEN'
  /** 成果 1 単位あたりの円。Yen per unit of outcome. */
  | 'YEN_PER_UNIT';

/** 今後の方向性の一つと、それを選んだ事業数。One direction and how many programs chose it. */
export type DirectionCount = {
  __typename?: 'DirectionCount';
  /** 事業数。How many programs. */
  count: Scalars['Int']['output'];
  /** 評語（例：1）。The grade. */
  grade: Scalars['String']['output'];
  /** その意味（例：現状維持）。What it means. */
  label: Scalars['String']['output'];
};

/** 値の分布（SQL で集計）。5件未満では百分位を計算しない（null）。The distribution of the metric, aggregated in SQL; no percentiles for fewer than five programs (null). */
export type Distribution = {
  __typename?: 'Distribution';
  /** 値のある事業の数。Programs with a value. */
  count: Scalars['Int']['output'];
  /** 最大値。The maximum. */
  max?: Maybe<Scalars['Float']['output']>;
  /** 中央値。The median. */
  median?: Maybe<Scalars['Float']['output']>;
  /** 最小値。The minimum. */
  min?: Maybe<Scalars['Float']['output']>;
  /** 10 パーセンタイル。The 10th percentile. */
  p10?: Maybe<Scalars['Float']['output']>;
  /** 25 パーセンタイル。The 25th percentile. */
  p25?: Maybe<Scalars['Float']['output']>;
  /** 75 パーセンタイル。The 75th percentile. */
  p75?: Maybe<Scalars['Float']['output']>;
  /** 90 パーセンタイル。The 90th percentile. */
  p90?: Maybe<Scalars['Float']['output']>;
};

/** 資料の様式。The form of a source document. */
export type DocumentForm =
  /** 事務事業評価シート。A municipal program evaluation sheet. */
  | 'EVALUATION_SHEET'
  /** 団体の全事業を一行一事業で収めた評価ワークブック。A municipality's evaluation workbook, one row a program. */
  | 'EVALUATION_WORKBOOK'
  /** 交付金事業の結果報告。A result report of a national grant. */
  | 'GRANT_RESULT_REPORT';

/** 一年度・一観点の評価と理由。An evaluation of a fiscal year on one axis, with its reason. */
export type Evaluation = {
  __typename?: 'Evaluation';
  /** 観点。The axis. */
  axis: EvaluationAxis;
  /** 観点の名称（印字どおり）。The axis as the form names it. */
  axisLabel: Scalars['String']['output'];
  /** 観点の名称の英訳。The axis in English. */
  axisLabelEn?: Maybe<Scalars['String']['output']>;
  /** 評価した年度。The fiscal year evaluated. */
  fiscalYear: FiscalYear;
  /** 評語（null は不明など、absence が理由）。The grade; null with its reason in absence. */
  grade: SourcedText;
  /** 評語の意味（尺度から）。What the grade means on its scale. */
  gradeLabel?: Maybe<Scalars['String']['output']>;
  /** 評語の意味の英訳。What the grade means, in English. */
  gradeLabelEn?: Maybe<Scalars['String']['output']>;
  /** 注記。A note. */
  note?: Maybe<Scalars['String']['output']>;
  /** 理由。The reason given. */
  reason?: Maybe<SourcedText>;
  /** 理由の見出し（左記判断理由など）。The heading of the reason as printed. */
  reasonLabel?: Maybe<Scalars['String']['output']>;
  /** 理由の見出しの英訳。The heading of the reason in English. */
  reasonLabelEn?: Maybe<Scalars['String']['output']>;
  /** 様式が示す尺度（順番どおり）。The scale the form offers, in order. */
  scale: Array<ScaleGrade>;
  /** 版。更新時に expectedVersion として渡す。The version; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

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

/** 評価の更新の結果。The result of an evaluation mutation. */
export type EvaluationPayload = {
  __typename?: 'EvaluationPayload';
  /** 評価（誤りがあれば null）。The evaluation; null when refused. */
  evaluation?: Maybe<Evaluation>;
  /** 入力の誤り（空なら成功）。Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** 評価の修正。An update of an evaluation, found by program, year and axis. */
export type EvaluationUpdateInput = {
  /** 観点。The axis. */
  axis: EvaluationAxis;
  /** 読んだときの版。The version the update is based on. */
  expectedVersion: Scalars['Int']['input'];
  /** 評価した年度。The fiscal year evaluated. */
  fiscalYear: Scalars['Int']['input'];
  /** 評語（尺度にあるもの。null は gradeAbsence とともに）。The grade, one on the scale; null with gradeAbsence. */
  grade?: InputMaybe<Scalars['String']['input']>;
  /** 評語が null の理由。Why the grade is null. */
  gradeAbsence?: InputMaybe<Absence>;
  /** 注記。A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 事業の ID。The program's id. */
  programId: Scalars['ID']['input'];
  /** 理由。The reason. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** 出所。Where the new values come from. */
  source?: InputMaybe<SourceInput>;
};

/** 書き出しの形式。An export format. */
export type ExportFormat =
  /** 費用の表（CSV）。The table of costs, CSV. */
  | 'COSTS_CSV'
  /** KPI の年度値の表（CSV）。The table of yearly KPI values, CSV. */
  | 'KPI_VALUES_CSV'
  /** 事業ファイル（muni-program/1 の YAML）。A program file, YAML in the format muni-program/1. */
  | 'YAML';

/** 書き出したファイル。An exported file. */
export type ExportedFile = {
  __typename?: 'ExportedFile';
  /** 内容（UTF-8 の文字列）。The content, as UTF-8 text. */
  content: Scalars['String']['output'];
  /** 内容の種類（MIME）。The media type. */
  contentType: Scalars['String']['output'];
  /** ファイル名の案。A suggested file name. */
  fileName: Scalars['String']['output'];
};

/** 事業の項目ごとの出所。Where one of a program's own fields was read. */
export type FieldSource = {
  __typename?: 'FieldSource';
  /** 項目名（API のフィールド名）。The field, by its name in this API (name, number, department, ...). */
  field: Scalars['String']['output'];
  /** 出所。Where it was read. */
  source: Provenance;
};

/**
 * 年度。4月1日に始まり翌年3月31日に終わる。西暦の開始年と和暦の表記の両方を持つので、クライアントは変換しない。
 * A fiscal year (April to March), with its Western starting year and its Japanese era label, so that no
 * client converts.
 */
export type FiscalYear = {
  __typename?: 'FiscalYear';
  /** 元号（令和）。The era's name in kanji (令和). */
  era: Scalars['String']['output'];
  /** 元号の何年目か（元年は 1）。The year within the era (1 for 元年). */
  eraYear: Scalars['Int']['output'];
  /** 和暦の表記（令和5年度、令和元年度）。The Japanese label (令和5年度; 令和元年度 for 2019). */
  label: Scalars['String']['output'];
  /** 英語の表記。The English label, e.g. FY2023 (Reiwa 5). */
  labelEn: Scalars['String']['output'];
  /** 西暦の開始年（令和5年度なら 2023）。The Western year it starts in (2023 for 令和5年度). */
  year: Scalars['Int']['output'];
};

/** 年度の範囲（計画期間など）。A range of fiscal years, such as a plan period. */
export type FiscalYearRange = {
  __typename?: 'FiscalYearRange';
  /** 最初の年度。The first fiscal year. */
  first: FiscalYear;
  /** 最後の年度。The last fiscal year, inclusive. */
  last: FiscalYear;
};

/**
 * 計算式：規則（日本語・英語）と、この値の数字を入れた式。
 * How a derived figure was computed: the rule in Japanese and English, and the rule with this figure's numbers.
 */
export type Formula = {
  __typename?: 'Formula';
  /** 規則の英語（例：actual ÷ target）。The rule in English. */
  en: Scalars['String']['output'];
  /** この値の式（例：2,214 ÷ 1,000 = 221.4%）。計算しなかったときは null。The rule with this figure's numbers; null when not computed. */
  expression?: Maybe<Scalars['String']['output']>;
  /** 同じ式の英語表記（金額は ¥ 付き）。The same expression as English readers write it (yen as ¥). */
  expressionEn?: Maybe<Scalars['String']['output']>;
  /** 規則（例：実績 ÷ 目標）。The rule in Japanese. */
  ja: Scalars['String']['output'];
};

/** 比較に使う派生値と、その計算式。A derived figure the comparison uses, with its formula in words. */
export type FormulaEntry = {
  __typename?: 'FormulaEntry';
  /** 計算式（数字なし）。The formula, without numbers. */
  formula: Formula;
  /** 派生値の名前（日本語）。The figure's name in Japanese. */
  name: Scalars['String']['output'];
  /** 派生値の名前（英語）。The figure's name in English. */
  nameEn: Scalars['String']['output'];
};

/** 一区分の合計。The sum of one category. */
export type FundingLine = {
  __typename?: 'FundingLine';
  /** 区分。The category. */
  category: CostCategory;
  /** 額のない事業数（空欄・対象外・不明）。Programs with no amount for it (blank, not applicable, unreadable). */
  missing: Scalars['Int']['output'];
  /** 和に含む事業数。Programs whose amount is in the sum. */
  reported: Scalars['Int']['output'];
  /** 報告された額の和（円）。The reported amounts added, in yen. */
  yen: Scalars['Yen']['output'];
};

/** 財源の枠組み。How a program is funded. */
export type FundingScheme =
  /** 自治体の単独事業。The municipality's own program. */
  | 'MUNICIPAL'
  /** 国の交付金事業。A program funded by a national grant. */
  | 'NATIONAL_GRANT';

/**
 * 一年度の費用と財源の合計。報告された額の和と、空欄の事業数。空欄を 0 とはしない。
 * Cost and funding of a fiscal year, summed: the reported amounts added, and how many programs left it blank. A blank is never 0.
 */
export type FundingYear = {
  __typename?: 'FundingYear';
  /** 実績か計画か。Spent, or planned. */
  amountKind: AmountKind;
  /** 年度。The fiscal year. */
  fiscalYear: FiscalYear;
  /** 区分ごとの合計（使われた区分のみ）。The sums, for the categories the programs use. */
  lines: Array<FundingLine>;
};

/**
 * 一年度の費用と財源の合計。報告された額の和と、空欄の事業数。空欄を 0 とはしない。
 * Cost and funding of a fiscal year, summed: the reported amounts added, and how many programs left it blank. A blank is never 0.
 */
export type FundingYearLinesArgs = {
  categories?: InputMaybe<Array<CostCategory>>;
};

/** 成果指標（KPI）。A key performance indicator of a program. */
export type Kpi = {
  __typename?: 'Kpi';
  /** 基準値。The baseline. */
  baseline?: Maybe<KpiBaseline>;
  /** 現在の状況：計画期間の状況、なければ状況のわかる最新年度。集計に使う。The current status: the plan-period status, else the latest year's; roll-ups use it. */
  currentStatus?: Maybe<KpiStatus>;
  /** よい方向。資料が示さないときは null で、年度の増分の達成率は計算しない。Which way is better; null where the source does not say, and then no achievement of a yearly increment is computed. */
  direction?: Maybe<KpiDirection>;
  /** データベース上の ID（不透明な文字列として扱う）。An opaque identifier. */
  id: Scalars['ID']['output'];
  /** 種類（ストックか増分か）。資料が示さないときは null で、種類に依る計算はしない。Its kind: a stock or a yearly increment; null where the source does not say, and then nothing that depends on it is computed. */
  kind?: Maybe<KpiKind>;
  /** 種類の判断の出所。Where its kind comes from. */
  kindSource: Provenance;
  /** 名称。The Japanese name. */
  name: Scalars['String']['output'];
  /** 英語名。The English name. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** 注記。A note on the KPI. */
  note?: Maybe<Scalars['String']['output']>;
  /** 計画期間の達成率（増分は累計 ÷ 計画期間の目標）。Plan-period achievement (for an increment, running total ÷ plan-period target). */
  planAchievement: DerivedFigure;
  /** 計画期間の実績（印字どおり）。The plan-period actual as printed. */
  planActual: Measure;
  /** 計画期間の達成状況（資料の語、なければ計算）。The plan-period status: the source's word, else computed. */
  planStatus?: Maybe<KpiStatus>;
  /** 計画期間の達成状況（資料の語）。The plan-period status in the source's own word, as read. */
  planStatusText: SourcedText;
  /** 計画期間の目標（印字があれば）。The plan-period target, where printed. */
  planTarget: Measure;
  /** 事業内の順番（① は 1）。Order within the program as printed (① is 1). */
  position: Scalars['Int']['output'];
  /** 指標の役割（活動・対象・成果）。様式が分けていれば。What the indicator measures (activity, target size, outcome), where the form sorts its indicators so. */
  role?: Maybe<KpiRole>;
  /** 同じ年度ごとの値を列で（表とグラフ向けの簡潔な形）。The same yearly values as columns, the compact shape for tables and charts. */
  series: KpiSeries;
  /** 短い名称（凡例・文中用。なければ名称）。A short name for legends and sentences; the name where the dataset gives none. */
  shortName: Scalars['String']['output'];
  /** 短い英語名（なければ英語名）。A short English name; the English name where the dataset gives none. */
  shortNameEn?: Maybe<Scalars['String']['output']>;
  /** 名称の出所。Where the KPI was read. */
  source: Provenance;
  /** 単位（印字どおり、正規化済み）。The unit as printed, normalised. */
  unit: Scalars['String']['output'];
  /** 単位の英語。The unit in English. */
  unitEn?: Maybe<Scalars['String']['output']>;
  /** 年度ごとの値（年度順）。Yearly values, in fiscal-year order. */
  values: Array<KpiValue>;
  /** 版。更新時に expectedVersion として渡す。The version; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** KPI の基準値。A KPI's baseline. */
export type KpiBaseline = {
  __typename?: 'KpiBaseline';
  /** 基準の年度（あれば）。The baseline's fiscal year, where it has one. */
  fiscalYear?: Maybe<FiscalYear>;
  /** 基準時点の表記（令和2年度、事業開始前）。The baseline's time as printed (令和2年度, 事業開始前). */
  label?: Maybe<Scalars['String']['output']>;
  /** 基準時点の表記の英訳。The baseline's time in English. */
  labelEn?: Maybe<Scalars['String']['output']>;
  /** 基準値と出所。The baseline value with its provenance. */
  value: Measure;
};

/** KPI の追加。A KPI to add. */
export type KpiCreateInput = {
  /** よい方向。省略すると記載なし（null）で、年度の増分の達成率は計算しない。Which way is better; left out, it is not stated (null), and no achievement of a yearly increment is computed. */
  direction?: InputMaybe<KpiDirection>;
  /** 種類。Its kind. */
  kind: KpiKind;
  /** 名称。The Japanese name. */
  name: Scalars['String']['input'];
  /** 英語名。The English name. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** 注記。A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 事業内の順番（① は 1）。Order within the program (① is 1). */
  position: Scalars['Int']['input'];
  /** 事業の ID。The program's id. */
  programId: Scalars['ID']['input'];
  /** 出所。Where the KPI comes from. */
  source?: InputMaybe<SourceInput>;
  /** 単位（必須）。The unit; required. */
  unit: Scalars['String']['input'];
  /** 単位の英語。The unit in English. */
  unitEn?: InputMaybe<Scalars['String']['input']>;
};

/** よい方向。Which way is better. */
export type KpiDirection =
  /** 大きいほどよい。Higher is better. */
  | 'HIGHER_IS_BETTER'
  /** 小さいほどよい（費用、待ち時間）。Lower is better (a cost, a waiting time). */
  | 'LOWER_IS_BETTER';

/** KPI の種類。決まる計算式が異なる。A KPI's kind, which decides every formula on it. */
export type KpiKind =
  /** 増分：その年度に加わった量（人/年度）。累計はその和。What the year added (people per year); its running total is the sum. */
  | 'INCREMENT'
  /** ストック：各年度末の水準（例：サポーター数）。A level at the end of each year (e.g. supporters). */
  | 'STOCK';

/** KPI の更新の結果。The result of a KPI mutation. */
export type KpiPayload = {
  __typename?: 'KpiPayload';
  /** KPI（誤りがあれば null）。The KPI; null when refused. */
  kpi?: Maybe<Kpi>;
  /** 入力の誤り（空なら成功）。Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** 指標の役割。What an indicator measures. */
export type KpiRole =
  /** 活動指標：事業の活動量。Activity: how much the program does. */
  | 'ACTIVITY'
  /** 成果指標：意図の達成度。Outcome: how far its intent is achieved. */
  | 'OUTCOME'
  /** 対象指標：対象の大きさ。Target size: how many or how much it serves. */
  | 'TARGET_SIZE';

/**
 * KPI の年度ごとの値のうち、表とグラフに要るものを列で持つ形。どのリストも years と同じ順・同じ長さで、値は values の
 * 同じ欄と同じ。年度ごとのオブジェクトを送らず、達成率の規則は一度だけ送る。累計の出所、状況の語の出所、実績 ÷ 目標は
 * values にだけある。
 * What a table or chart needs of a KPI's yearly values, as columns: every list in the order and of the
 * length of `years`, each value the same as the same field of `values`. No object per year, and the
 * achievement's rule sent once. The running total's source, the status word's source and actual ÷ target
 * are in `values` only.
 */
export type KpiSeries = {
  __typename?: 'KpiSeries';
  /** 達成率の式（数字入り、計算しなければ null）。Each achievement's rule with its numbers; null where not computed. */
  achievementExpressions: Array<Maybe<Scalars['String']['output']>>;
  /** 同じ式の英語表記（計算しなければ null）。The same expressions as English readers write them; null where not computed. */
  achievementExpressionsEn: Array<Maybe<Scalars['String']['output']>>;
  /** 達成率の規則（KPI の種類とよい方向で決まり、どの年度も同じ。expression は null）。The achievement's rule, set by the KPI's kind and direction and the same every year (its expression is null). */
  achievementRule: Formula;
  /** 達成率（1.0 = 100%、計算しなければ null）。The achievements (1.0 = 100 %); null where not computed. */
  achievements: Array<Maybe<Scalars['Float']['output']>>;
  /** 達成率を計算しなかった理由（計算すれば null）。Why an achievement was not computed; null where it was. */
  achievementsNotComputed: Array<Maybe<NotComputedReason>>;
  /** 実績がない理由（あれば null）。Why each actual is missing; null where there is one. */
  actualAbsences: Array<Maybe<Absence>>;
  /** 実績の出所（Program.sources の ID。出所がなければ null）。Where each actual was read: the id of one of Program.sources; null where none is recorded. */
  actualSources: Array<Maybe<Scalars['ID']['output']>>;
  /** 実績値（なければ null）。The actuals; null where there is none. */
  actuals: Array<Maybe<Scalars['Float']['output']>>;
  /** 累計（印字があれば）。The running totals, where printed. */
  runningTotals: Array<Maybe<Scalars['Float']['output']>>;
  /** 達成状況の資料の語（KpiValue.statusText.value。なければ null）。語があれば状況の出所は資料で表示はその語、なければ計算で表示は区分の語。The source's own word for each status (KpiValue.statusText.value); null where it gives none. Where there is a word the status is the source's and reads as that word; where not, it is computed and reads as its code's word. */
  statusTexts: Array<Maybe<Scalars['String']['output']>>;
  /** 達成状況の区分（KpiValue.status.code）。資料の語があればその語で決まり（知らない語は OTHER）、なければ達成率から判定。どちらもなければ null。The statuses' codes (KpiValue.status.code): by the source's word where it gives one (OTHER for a word this product does not know), else computed from the achievement; null where neither. */
  statuses: Array<Maybe<KpiStatusCode>>;
  /** 目標がない理由（あれば null）。Why each target is missing; null where there is one. */
  targetAbsences: Array<Maybe<Absence>>;
  /** 目標の出所（Program.sources の ID。出所がなければ null）。Where each target was read: the id of one of Program.sources; null where none is recorded. */
  targetSources: Array<Maybe<Scalars['ID']['output']>>;
  /** 目標値（なければ null）。The targets; null where there is none. */
  targets: Array<Maybe<Scalars['Float']['output']>>;
  /** 年度（年度順）。The fiscal years, in order. */
  years: Array<Scalars['Int']['output']>;
};

/** 達成状況。A status of achievement, with its origin. */
export type KpiStatus = {
  __typename?: 'KpiStatus';
  /** 区分。The status. */
  code: KpiStatusCode;
  /** 表示（資料の語があればそれ）。The label in Japanese: the source's own word where it gives one. */
  label: Scalars['String']['output'];
  /** 英語の表示。The label in English. */
  labelEn: Scalars['String']['output'];
  /** 資料の語か、計算か。Whether the source states it or this product computed it. */
  origin: StatusOrigin;
  /** 資料の語の出所。Where the source's word was read. */
  source?: Maybe<Provenance>;
};

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

/** KPI の修正。省略した項目は変わらない。An update of a KPI; fields left out keep their value. */
export type KpiUpdateInput = {
  /** よい方向。Which way is better. */
  direction?: InputMaybe<KpiDirection>;
  /** 読んだときの版。The version the update is based on. */
  expectedVersion: Scalars['Int']['input'];
  /** KPI の ID。The KPI's id. */
  id: Scalars['ID']['input'];
  /** 名称。The Japanese name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 英語名。The English name. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** 注記。A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 出所。Where the new values come from. */
  source?: InputMaybe<SourceInput>;
  /** 単位。The unit. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** 単位の英語。The unit in English. */
  unitEn?: InputMaybe<Scalars['String']['input']>;
};

/** KPI の一年度の値。A KPI's figures for one fiscal year. */
export type KpiValue = {
  __typename?: 'KpiValue';
  /** 達成率（ストックは基準値からの進捗、増分は実績 ÷ 目標）。null は計算しない。Achievement: for a stock, progress from the baseline; for an increment, actual ÷ target. Null when not computed. */
  achievement: DerivedFigure;
  /** 実績値。The actual. */
  actual: Measure;
  /** 実績 ÷ 目標（多くの様式が印字する値）。Actual ÷ target, which most forms print. */
  actualOverTarget: DerivedFigure;
  /** 年度。The fiscal year. */
  fiscalYear: FiscalYear;
  /** この値の変更履歴（新しい順）。The history of this value, newest first. */
  history: ChangeConnection;
  /** 注記。A note on the value. */
  note?: Maybe<Scalars['String']['output']>;
  /** 累計（増分の KPI で印字があれば）。The running total since the start, as printed, for increments. */
  runningTotal: Measure;
  /** 達成状況（資料の語、なければ達成率から判定）。The status: the source's word, else computed from the achievement. */
  status?: Maybe<KpiStatus>;
  /** 達成状況の資料の語（達成、未達成など）。The status in the source's own word (達成, 未達成), as read. */
  statusText: SourcedText;
  /** 目標値。The target. */
  target: Measure;
  /** 版。更新時に expectedVersion として渡す。The version; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** KPI の一年度の値。A KPI's figures for one fiscal year. */
export type KpiValueHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** KPI の年度値の更新の結果。The result of a KPI value mutation. */
export type KpiValuePayload = {
  __typename?: 'KpiValuePayload';
  /** 値（誤りがあれば null）。The figures; null when refused. */
  kpiValue?: Maybe<KpiValue>;
  /** 入力の誤り（空なら成功）。Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** KPI の一年度の値。省略した数値は変わらない。A KPI's figures for one fiscal year; figures left out keep their value. */
export type KpiValueUpsertInput = {
  /** 実績値。The actual. */
  actual?: InputMaybe<MeasureInput>;
  /** 読んだときの版（新しい年度なら省略）。The version the update is based on; leave it out to add a new year. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** 年度（西暦の開始年）。The fiscal year, by its Western starting year. */
  fiscalYear: Scalars['Int']['input'];
  /** KPI の ID。The KPI's id. */
  kpiId: Scalars['ID']['input'];
  /** 注記。A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 累計。The running total. */
  runningTotal?: InputMaybe<MeasureInput>;
  /** 出所。Where the figures come from. */
  source?: InputMaybe<SourceInput>;
  /** 達成状況の資料の語。The status in the source's own word. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** 目標値。The target. */
  target?: InputMaybe<MeasureInput>;
};

/**
 * 数量とその出所。value が null のときは absence が理由を示す（absence も null なら、この様式にその数値がない）。
 * A quantity with its provenance. When value is null, absence says why; when both are null the form has
 * no such figure.
 */
export type Measure = {
  __typename?: 'Measure';
  /** null の理由。Why the value is null. */
  absence?: Maybe<Absence>;
  /** 出所。Where it was read. */
  source?: Maybe<Provenance>;
  /** 値。null は未報告・対象外・不明であり、0 ではない。The value; null means not reported, not applicable or ambiguous, never 0. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** 数量の入力。null には理由が要る（0 ではない）。A quantity; null needs its reason, and is never 0. */
export type MeasureInput = {
  /** null の理由。Why the value is null. */
  absence?: InputMaybe<Absence>;
  /** 値（null は absence とともに）。The value; null with an absence. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** 市区町村。A municipality. */
export type Municipality = {
  __typename?: 'Municipality';
  /** 地方公共団体コード（5桁、検査数字なし）。The five-digit local government code, without the check digit. */
  code: Scalars['String']['output'];
  /** 全事業で選ばれた今後の方向性。The directions chosen across all its programs. */
  directions: Array<DirectionCount>;
  /** 全事業の年度ごとの費用と財源の合計。Cost and funding of all its programs, summed by fiscal year. */
  funding: Array<FundingYear>;
  /** データベース上の ID（不透明な文字列として扱う）。An opaque identifier. */
  id: Scalars['ID']['output'];
  /** 生成された試験用データか。Whether this is generated test data rather than a real municipality. */
  isSynthetic: Scalars['Boolean']['output'];
  /** この団体の事業の KPI の集計。Roll-up of the KPIs of the municipality's programs. */
  kpiRollup: Rollup;
  /** 名称。The Japanese name (伊勢原市). */
  name: Scalars['String']['output'];
  /** 英語名。The English name (Isehara City). */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** 団体自身の政策体系（番号順）と、その下の事業。The municipality's own policy system, in number order, with the programs under it. */
  policyTree: Array<PolicyNode>;
  /** 人口（出典が示さない団体は null）。The population; null where the sources do not give it. */
  population?: Maybe<Scalars['Int']['output']>;
  /** 人口規模。The population band; null without a population. */
  populationBand?: Maybe<Scalars['String']['output']>;
  /** 人口規模（英語）。The population band in English. */
  populationBandEn?: Maybe<Scalars['String']['output']>;
  /** 都道府県。The prefecture. */
  prefecture: Prefecture;
  /** この団体の事業。The municipality's programs. */
  programs: Array<Program>;
  /** 団体名などの出所。Where the municipality's facts come from. */
  source: Provenance;
};

/**
 * データの追加と修正。editor 以上のトークン（Authorization: Bearer <token>）が必要。受け付けた変更はすべて監査ログに記録される。
 * Adding and correcting data. Needs an editor or admin token (Authorization: Bearer <token>); every accepted
 * change is recorded in the audit log with its before and after.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** 費用の一行を追加または修正する。Adds or updates one cost line. */
  costEntryUpsert: CostEntryPayload;
  /** 評価を修正する。Updates an evaluation. */
  evaluationUpdate: EvaluationPayload;
  /** KPI を追加する。Adds a KPI to a program. */
  kpiCreate: KpiPayload;
  /** KPI を修正する。Updates a KPI. */
  kpiUpdate: KpiPayload;
  /** KPI の一年度の値を追加または修正する。Adds or updates a KPI's figures for one fiscal year. */
  kpiValueUpsert: KpiValuePayload;
  /** 記述を修正する。Updates a narrative text. */
  narrativeUpdate: NarrativePayload;
  /** 事業を追加する。Adds a program. */
  programCreate: ProgramPayload;
  /** 事業の項目を修正する。Updates a program's own fields. */
  programUpdate: ProgramPayload;
};

/**
 * データの追加と修正。editor 以上のトークン（Authorization: Bearer <token>）が必要。受け付けた変更はすべて監査ログに記録される。
 * Adding and correcting data. Needs an editor or admin token (Authorization: Bearer <token>); every accepted
 * change is recorded in the audit log with its before and after.
 */
export type MutationCostEntryUpsertArgs = {
  input: CostEntryUpsertInput;
};

/**
 * データの追加と修正。editor 以上のトークン（Authorization: Bearer <token>）が必要。受け付けた変更はすべて監査ログに記録される。
 * Adding and correcting data. Needs an editor or admin token (Authorization: Bearer <token>); every accepted
 * change is recorded in the audit log with its before and after.
 */
export type MutationEvaluationUpdateArgs = {
  input: EvaluationUpdateInput;
};

/**
 * データの追加と修正。editor 以上のトークン（Authorization: Bearer <token>）が必要。受け付けた変更はすべて監査ログに記録される。
 * Adding and correcting data. Needs an editor or admin token (Authorization: Bearer <token>); every accepted
 * change is recorded in the audit log with its before and after.
 */
export type MutationKpiCreateArgs = {
  input: KpiCreateInput;
};

/**
 * データの追加と修正。editor 以上のトークン（Authorization: Bearer <token>）が必要。受け付けた変更はすべて監査ログに記録される。
 * Adding and correcting data. Needs an editor or admin token (Authorization: Bearer <token>); every accepted
 * change is recorded in the audit log with its before and after.
 */
export type MutationKpiUpdateArgs = {
  input: KpiUpdateInput;
};

/**
 * データの追加と修正。editor 以上のトークン（Authorization: Bearer <token>）が必要。受け付けた変更はすべて監査ログに記録される。
 * Adding and correcting data. Needs an editor or admin token (Authorization: Bearer <token>); every accepted
 * change is recorded in the audit log with its before and after.
 */
export type MutationKpiValueUpsertArgs = {
  input: KpiValueUpsertInput;
};

/**
 * データの追加と修正。editor 以上のトークン（Authorization: Bearer <token>）が必要。受け付けた変更はすべて監査ログに記録される。
 * Adding and correcting data. Needs an editor or admin token (Authorization: Bearer <token>); every accepted
 * change is recorded in the audit log with its before and after.
 */
export type MutationNarrativeUpdateArgs = {
  input: NarrativeUpdateInput;
};

/**
 * データの追加と修正。editor 以上のトークン（Authorization: Bearer <token>）が必要。受け付けた変更はすべて監査ログに記録される。
 * Adding and correcting data. Needs an editor or admin token (Authorization: Bearer <token>); every accepted
 * change is recorded in the audit log with its before and after.
 */
export type MutationProgramCreateArgs = {
  input: ProgramCreateInput;
};

/**
 * データの追加と修正。editor 以上のトークン（Authorization: Bearer <token>）が必要。受け付けた変更はすべて監査ログに記録される。
 * Adding and correcting data. Needs an editor or admin token (Authorization: Bearer <token>); every accepted
 * change is recorded in the audit log with its before and after.
 */
export type MutationProgramUpdateArgs = {
  input: ProgramUpdateInput;
};

/** 事業の記述（目的、課題、総括など）。A narrative text of a program's record. */
export type Narrative = {
  __typename?: 'Narrative';
  /** 対象の年度（あれば）。The fiscal year it is about, where it is about one. */
  fiscalYear?: Maybe<FiscalYear>;
  /** 見出し（印字どおり）。The heading as printed. */
  heading: Scalars['String']['output'];
  /** 見出しの英訳。The heading in English. */
  headingEn?: Maybe<Scalars['String']['output']>;
  /** 種類。The kind. */
  kind: NarrativeKind;
  /** 対象の KPI（KPI についての記述なら）。The KPI it is about, for a KPI status note. */
  kpi?: Maybe<Kpi>;
  /** 同じ種類の中の順番。Order among texts of the same kind. */
  position: Scalars['Int']['output'];
  /** 出所（原文を含む）。Where it was read, with the raw text. */
  source: Provenance;
  /** 本文（表示用に正規化済み）。The text, normalised for display. */
  text: Scalars['String']['output'];
  /** 本文の英訳（データセットの訳注。原文は text）。The dataset's English gloss of the text; the source's words stay in text. */
  textEn?: Maybe<Scalars['String']['output']>;
  /** 版。更新時に expectedVersion として渡す。The version; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
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

/** 記述の更新の結果。The result of a narrative mutation. */
export type NarrativePayload = {
  __typename?: 'NarrativePayload';
  /** 記述（誤りがあれば null）。The narrative; null when refused. */
  narrative?: Maybe<Narrative>;
  /** 入力の誤り（空なら成功）。Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** 記述の修正。An update of a narrative text, found by program, kind and position. */
export type NarrativeUpdateInput = {
  /** 読んだときの版。The version the update is based on. */
  expectedVersion: Scalars['Int']['input'];
  /** 見出し。The heading. */
  heading?: InputMaybe<Scalars['String']['input']>;
  /** 種類。The kind. */
  kind: NarrativeKind;
  /** KPI の状況についての記述なら KPI の ID。The KPI's id, for a KPI status note. */
  kpiId?: InputMaybe<Scalars['ID']['input']>;
  /** 同じ種類の中の順番（既定 1）。Order among texts of the same kind (1 by default). */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** 事業の ID。The program's id. */
  programId: Scalars['ID']['input'];
  /** 出所。Where the new text comes from. */
  source?: InputMaybe<SourceInput>;
  /** 本文（空にはできない）。The text; it may not be empty. */
  text?: InputMaybe<Scalars['String']['input']>;
};

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

/** ページ情報（Relay 形式）。Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** このページの最後のカーソル。The cursor of the last item of this page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** 次のページがあるか。Whether there are more items after this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

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

/** 計画体系の一段（施策、基本政策など）。One level of the plan hierarchy a program sits in. */
export type PlanLevel = {
  __typename?: 'PlanLevel';
  /** 上からの深さ（0 が最上位）。Depth from the top (0 is the top). */
  depth: Scalars['Int']['output'];
  /** 段の名称（印字どおり、例：基本政策）。The level's name as printed, e.g. 基本政策. */
  level: Scalars['String']['output'];
  /** 段の名称の英訳。The level's name in English. */
  levelEn?: Maybe<Scalars['String']['output']>;
  /** 名称。The name. */
  name: Scalars['String']['output'];
  /** 名称の英訳。The name in English. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** 段内の番号（印字があれば）。Its number within the plan, where printed. */
  number?: Maybe<Scalars['String']['output']>;
  /** 出所。Where it was read. */
  source: Provenance;
};

/** 政策分野（団体をまたぐこの製品の分類）。A policy area: this product's classification of programs across municipalities. */
export type PolicyArea = {
  __typename?: 'PolicyArea';
  /** キー（例：community）。ProgramFilter.policyAreas に渡す値。The key (community), as ProgramFilter.policyAreas takes it. */
  key: Scalars['String']['output'];
  /** 名称（未知のキーはキーのまま）。The Japanese name; a key without a known name is given as written. */
  name: Scalars['String']['output'];
  /** 英語名。The English name. */
  nameEn: Scalars['String']['output'];
  /** この分野の事業の数。How many programs are in this area. */
  programCount: Scalars['Int']['output'];
};

/**
 * 団体自身の政策体系の一節（政策・施策・基本事業）と、その下の事業。
 * A part of a municipality's own policy system (policy, measure, basic project) and the programs under it.
 */
export type PolicyNode = {
  __typename?: 'PolicyNode';
  /** 下位の節（最下位では空）。The parts below it; empty at the lowest level. */
  children: Array<PolicyNode>;
  /** 選ばれた今後の方向性と、その事業数。The directions chosen, with how many programs chose each. */
  directions: Array<DirectionCount>;
  /** 年度ごとの費用と財源の合計。Cost and funding summed by fiscal year. */
  funding: Array<FundingYear>;
  /** 階層の名称（印字どおり、例：政策）。The level as the source names it (政策, 施策, 基本事業). */
  level: Scalars['String']['output'];
  /** 名称（この節の事業が最も多く使う表記）。Its name, as most of its programs spell it. */
  name: Scalars['String']['output'];
  /** 番号（資料が示せば、例：06）。Its number, where the source gives one. */
  number?: Maybe<Scalars['String']['output']>;
  /** 一部の事業が使う別の表記。Other spellings some of its programs use. */
  otherNames: Array<Scalars['String']['output']>;
  /** この節の事業数。How many programs it holds. */
  programCount: Scalars['Int']['output'];
  /** この節の事業（最下位の節のみ、上位では空）。Its programs, at the lowest level only; empty above. */
  programs: Array<Program>;
};

/** 都道府県。A prefecture. */
export type Prefecture = {
  __typename?: 'Prefecture';
  /** 都道府県コード（1〜47。合成データの架空県は 101〜147）。The prefecture code (1 to 47; 101 to 147 for the synthetic dataset's made-up prefectures). */
  code: Scalars['Int']['output'];
  /** この都道府県の市区町村（団体コード順）。The prefecture's municipalities, by local government code. */
  municipalities: Array<Municipality>;
  /** 名称。The Japanese name. */
  name: Scalars['String']['output'];
  /** 英語名。The English name. */
  nameEn?: Maybe<Scalars['String']['output']>;
};

/**
 * 様式自身が印字する単位当たりコスト（対象数、その定義、単位当たりコスト）。この製品が KPI で割る値とは別物。
 * A unit cost as the form itself prints it: the count it divides by, what is counted, and the cost per one.
 * Not the per-unit figures this product derives, which divide by a KPI's outcome.
 */
export type PrintedUnitCost = {
  __typename?: 'PrintedUnitCost';
  /** 年度。The fiscal year. */
  fiscalYear: FiscalYear;
  /** 様式の示す計算（総事業費／対象数など）。How the form says it divides, as printed. */
  formula?: Maybe<SourcedText>;
  /** 注記。A note. */
  note?: Maybe<Scalars['String']['output']>;
  /** 対象数（印字どおり）。The count divided by, as printed. */
  targetCount: Measure;
  /** 対象数の定義（年間入込観光客数など）。What is counted, as printed. */
  targetDefinition?: Maybe<SourcedText>;
  /** 対象数の単位（人など）。The count's unit as printed. */
  targetUnit?: Maybe<Scalars['String']['output']>;
  /** 対象数の単位の英訳。The count's unit in English. */
  targetUnitEn?: Maybe<Scalars['String']['output']>;
  /** 単位当たりコスト（円、印字どおり）。The printed cost per one, in yen. */
  unitCost: Measure;
};

/** 事業（事務事業、交付金事業）。A municipal program as its source document reports it. */
export type Program = {
  __typename?: 'Program';
  /** 事業行程（計画と実績）。The schedule: activities planned and done. */
  activities: Array<Activity>;
  /** 予算事業名。The budget line. */
  budgetLine?: Maybe<Scalars['String']['output']>;
  /** 予算事業名の英訳。The budget line in English. */
  budgetLineEn?: Maybe<Scalars['String']['output']>;
  /** 同じ記載を列で（表向けの簡潔な形）。The same lines as columns, the compact shape for a page's table. */
  costLines: CostLines;
  /** KPI ごと・年度ごとの成果単位あたり費用。Cost per unit of outcome, per KPI and fiscal year (and plan period). */
  costPerUnit: Array<CostPerUnit>;
  /** 年度ごと、および資料が合計を印字する期間ごとの費用と財源。Costs and funding per fiscal year and per printed range of years. */
  costSummaries: Array<CostSummary>;
  /** 費用と財源の記載。Cost and funding lines, by fiscal year or plan period. */
  costs: Array<CostEntry>;
  /** データのある年度の範囲（KPI と費用）。The fiscal years the program has figures for (KPIs and costs). */
  dataYears?: Maybe<FiscalYearRange>;
  /** 所管の部。The department. */
  department?: Maybe<Scalars['String']['output']>;
  /** 所管の部の英訳。The department in English. */
  departmentEn?: Maybe<Scalars['String']['output']>;
  /** 部長名。The department head. */
  departmentHead?: Maybe<Scalars['String']['output']>;
  /** 所管の課。The division. */
  division?: Maybe<Scalars['String']['output']>;
  /** 所管の課の英訳。The division in English. */
  divisionEn?: Maybe<Scalars['String']['output']>;
  /** 課等の長。The division head. */
  divisionHead?: Maybe<Scalars['String']['output']>;
  /** 出典資料。The document the record was transcribed from. */
  document: SourceDocument;
  /** 出所が引く資料（事業の出典資料を含む、id 順）。The documents its sources cite, its own document among them, in id order. */
  documents: Array<SourceDocument>;
  /** 評価。Evaluations. */
  evaluations: Array<Evaluation>;
  /** 取り込み形式での書き出し。The program in an import format, as text. */
  export: ExportedFile;
  /** 項目ごとの出所。Where each of the program's own fields was read. */
  fieldSources: Array<FieldSource>;
  /** 事業開始年度（null は未報告）。The first fiscal year; null when not reported. */
  firstFiscalYear?: Maybe<FiscalYear>;
  /** 財源の枠組み。The funding scheme. */
  fundingScheme: FundingScheme;
  /** 財源の名称（印字どおり）。The funding scheme as the document names it. */
  fundingSchemeName?: Maybe<Scalars['String']['output']>;
  /** 財源の名称の英訳。The funding scheme's name in English. */
  fundingSchemeNameEn?: Maybe<Scalars['String']['output']>;
  /** この事業の変更履歴（新しい順）。The history of changes to this program's record, newest first. */
  history: ChangeConnection;
  /** データベース上の ID（不透明な文字列として扱う）。An opaque identifier. */
  id: Scalars['ID']['output'];
  /** この事業の KPI の集計。Roll-up of this program's KPIs. */
  kpiRollup: Rollup;
  /** 成果指標。The program's KPIs, in printed order. */
  kpis: Array<Kpi>;
  /** 最後に変更された日時（記録がなければ null）。When the program's record last changed; null when no change is recorded. */
  lastChangedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 事業終了年度（null は未報告または未定）。The last fiscal year; null when not reported. */
  lastFiscalYear?: Maybe<FiscalYear>;
  /** 法令上の位置づけ。The legal basis. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** 実施する団体。The municipality that runs it. */
  municipality: Municipality;
  /** 事業名。The Japanese name. */
  name: Scalars['String']['output'];
  /** 英語名。The English name. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** 記述（目的、課題、総括など）。Narrative texts. */
  narratives: Array<Narrative>;
  /** 事業番号（資料に印字がなければデータセットが付番し、出所がそう示す）。The program number; where the source prints none, one this dataset assigned (its source says so). */
  number: Scalars['String']['output'];
  /** 番号をデータセットが付けたか（資料に事業番号の印字がない）。Whether this dataset assigned the number because the source prints none. */
  numberAssigned: Scalars['Boolean']['output'];
  /** 事業期間の区分（印字どおり、例：単年度繰返）。How the program runs in time, as the form classifies it (e.g. 単年度繰返, repeated every year). */
  periodKind?: Maybe<Scalars['String']['output']>;
  /** 計画体系上の位置（上位から）。The program's place in the plan hierarchy, top level first. */
  planHierarchy: Array<PlanLevel>;
  /** 計画期間（交付金などが定める）。The plan period a grant or plan fixes, where the source gives one. */
  planPeriod?: Maybe<FiscalYearRange>;
  /** 政策分野（団体をまたぐ分類、例：city-promotion）。A policy area across municipalities (this dataset's classification). */
  policyArea: Scalars['String']['output'];
  /** 様式自身が印字する単位当たりコスト（対象数とその定義）。Unit costs the form itself prints (its target count and what it counts). */
  printedUnitCosts: Array<PrintedUnitCost>;
  /** 事務事業区分（印字どおり、例：Ａ 政策事業）。The form's category of program, as printed. */
  programCategory?: Maybe<Scalars['String']['output']>;
  /** 関連する個別計画。The related plan. */
  relatedPlan?: Maybe<Scalars['String']['output']>;
  /** 所管の係。The team within the division. */
  section?: Maybe<Scalars['String']['output']>;
  /**
   * 何をするか（名称、指標、目的・手段・対象・意図の記述）の語が似た事業、似ている順。珍しい語を多く共有するほど上位。作成データの事業は作成データの事業とだけ比べる。
   * Programs that do similar work, most similar first: those sharing the most rare terms of what this
   * program does (its name, indicators, and the texts of its purpose, means, targets and intent). Made-up
   * programs are matched with made-up ones only.
   */
  similar: Array<SimilarProgram>;
  /**
   * この事業の値と記述が引く出所、一つずつ（id 順）。値の source { id } をここで引けば、出所の原文は答えに一度だけ載る。
   * Every source this program's values and texts cite, each once, in id order: a page that asks a value for
   * source { id } only and looks it up here carries each source's text once, not once per value.
   */
  sources: Array<Provenance>;
  /**
   * 判定：データから規則で作る短い文（目標の達成、記載のないもの、費用、負担、団体自身の評価）。自由文ではなく、各文の数値は出所を持つ。
   * The verdict: short sentences built by rules from the data (targets met, what is missing, cost, who paid,
   * the municipality's own judgement); never free text, and every figure cited has its source.
   */
  verdict: Array<VerdictSentence>;
  /** 版（更新のたびに増える。更新時に expectedVersion として渡す）。The version, raised by every update; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** 事業（事務事業、交付金事業）。A municipal program as its source document reports it. */
export type ProgramCostPerUnitArgs = {
  computed?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 事業（事務事業、交付金事業）。A municipal program as its source document reports it. */
export type ProgramExportArgs = {
  format?: ExportFormat;
};

/** 事業（事務事業、交付金事業）。A municipal program as its source document reports it. */
export type ProgramHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 事業（事務事業、交付金事業）。A municipal program as its source document reports it. */
export type ProgramNarrativesArgs = {
  kinds?: InputMaybe<Array<NarrativeKind>>;
};

/** 事業（事務事業、交付金事業）。A municipal program as its source document reports it. */
export type ProgramSimilarArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  scope: SimilarScope;
};

/** 事業の一覧（カーソルでページ送り）。A page of programs. */
export type ProgramConnection = {
  __typename?: 'ProgramConnection';
  /** このページの各件とカーソル。The programs of this page with their cursors. */
  edges: Array<ProgramEdge>;
  /** このページの事業。The programs of this page. */
  nodes: Array<Program>;
  /** ページ情報。Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** 条件に合う事業の総数。How many programs the list has in all. */
  totalCount: Scalars['Int']['output'];
};

/** 事業の追加。A program to add. */
export type ProgramCreateInput = {
  /** 出典資料のキー（既存の資料）。The key of the source document; it must exist. */
  documentKey: Scalars['String']['input'];
  /** 財源の枠組み。The funding scheme. */
  fundingScheme: FundingScheme;
  /** 団体コード（既存の団体）。The municipality's code; it must exist. */
  municipalityCode: Scalars['String']['input'];
  /** 事業名。The Japanese name. */
  name: Scalars['String']['input'];
  /** 英語名。The English name. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** 事業番号。The program number. */
  number: Scalars['String']['input'];
  /** 政策分野（例 city-promotion）。The policy area key, e.g. city-promotion. */
  policyArea: Scalars['String']['input'];
  /** 出所。Where the program's fields come from. */
  source?: InputMaybe<SourceInput>;
};

/** 事業の一覧の一件。An edge of a program list. */
export type ProgramEdge = {
  __typename?: 'ProgramEdge';
  /** この位置のカーソル。The cursor at this item. */
  cursor: Scalars['String']['output'];
  /** 事業。The program. */
  node: Program;
};

/** 事業の絞り込み条件。すべて AND で結ぶ。Filters on programs, all of which must hold. */
export type ProgramFilter = {
  /** この年度以降にデータがある。Has figures in or after this fiscal year. */
  fiscalYearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** この年度以前にデータがある。Has figures in or before this fiscal year. */
  fiscalYearTo?: InputMaybe<Scalars['Int']['input']>;
  /** 財源の枠組み（いずれか）。Funding schemes (any of them). */
  fundingSchemes?: InputMaybe<Array<FundingScheme>>;
  /** 団体コード（いずれか）。Municipality codes (any of them). */
  municipalityCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 政策分野（いずれか）。Policy areas (any of them). */
  policyAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 都道府県コード（いずれか）。Prefecture codes (any of them). */
  prefectureCodes?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 事業名・記述の語句（NFKC で正規化して部分一致）。Words in names and narrative (normalised with NFKC, substring match). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** 事業の並べ替え（値のない事業は最後）。How programs are sorted; programs without the figure come last. */
export type ProgramOrder = {
  /** 向き（既定は昇順）。The direction (ascending by default). */
  direction?: OrderDirection;
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

/** 事業の更新の結果。The result of a program mutation. */
export type ProgramPayload = {
  __typename?: 'ProgramPayload';
  /** 事業（誤りがあれば null）。The program; null when refused. */
  program?: Maybe<Program>;
  /** 入力の誤り（空なら成功）。Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** 事業の項目の修正。省略した項目は変わらない。An update of a program's fields; fields left out keep their value. */
export type ProgramUpdateInput = {
  /** 予算事業名。The budget line. */
  budgetLine?: InputMaybe<Scalars['String']['input']>;
  /** 所管の部。The department. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** 部長名。The department head. */
  departmentHead?: InputMaybe<Scalars['String']['input']>;
  /** 所管の課。The division. */
  division?: InputMaybe<Scalars['String']['input']>;
  /** 課等の長。The division head. */
  divisionHead?: InputMaybe<Scalars['String']['input']>;
  /** 読んだときの版。The version the update is based on. */
  expectedVersion: Scalars['Int']['input'];
  /** 財源の名称。The funding scheme's name. */
  fundingSchemeName?: InputMaybe<Scalars['String']['input']>;
  /** 事業の ID。The program's id. */
  id: Scalars['ID']['input'];
  /** 法令上の位置づけ。The legal basis. */
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  /** 事業名。The Japanese name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 英語名。The English name. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** 政策分野。The policy area key. */
  policyArea?: InputMaybe<Scalars['String']['input']>;
  /** 関連する個別計画。The related plan. */
  relatedPlan?: InputMaybe<Scalars['String']['input']>;
  /** 出所。Where the new values come from. */
  source?: InputMaybe<SourceInput>;
};

/**
 * 値の出所：資料、その箇所、資料どおりの原文。
 * Where a value came from: the document, the section, and the raw text exactly as the document has it.
 */
export type Provenance = {
  __typename?: 'Provenance';
  /** 資料（資料外の事実では null）。The document; null for external and editorial facts. */
  document?: Maybe<SourceDocument>;
  /** データベース上の ID（不透明な文字列として扱う。Program.sources で引く）。An opaque identifier, to look the source up in Program.sources. */
  id: Scalars['ID']['output'];
  /** 注記（資料外の事実の出所、読み方の判断）。A note: where an outside fact comes from, or how it was read. */
  note?: Maybe<Scalars['String']['output']>;
  /** 出所の種類。The kind of origin. */
  origin: ProvenanceOrigin;
  /** 原文（資料どおり、1バイトも変えない）。The raw text, byte for byte as in the document. */
  rawText?: Maybe<Scalars['String']['output']>;
  /** 資料内の箇所。The section of the document. */
  section?: Maybe<Scalars['String']['output']>;
};

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

export type Query = {
  __typename?: 'Query';
  /**
   * 二つ以上の事業を年度で揃えて比較する。比較できない点を明示する。
   * Two or more programs from any municipalities, aligned on fiscal years, with what may not be compared stated.
   */
  compare: Comparison;
  /** 条件に合う事業の KPI の集計。Roll-up of the KPIs of the programs that match the filter. */
  kpiRollup: Rollup;
  /** 市区町村の一覧（団体コード順）。Municipalities, by local government code. */
  municipalities: Array<Municipality>;
  /** 団体コードで市区町村を一件。A municipality by its five-digit local government code. */
  municipality?: Maybe<Municipality>;
  /** 事業のある政策分野（キー順）と事業数。The policy areas that have programs, by key, with how many. */
  policyAreas: Array<PolicyArea>;
  /** コードで都道府県を一件。A prefecture by its code. */
  prefecture?: Maybe<Prefecture>;
  /** 市区町村のある都道府県（コード順）。The prefectures that have municipalities here, by code. */
  prefectures: Array<Prefecture>;
  /** ID で事業を一件。A program by id. */
  program?: Maybe<Program>;
  /** 団体コードと事業番号で事業を一件。A program by municipality code and program number. */
  programByNumber?: Maybe<Program>;
  /** 事業の一覧（カーソルでページ送り）。Programs, a page at a time. */
  programs: ProgramConnection;
  /**
   * 団体をまたぐ順位と分布（値のない事業は除く）。peersOf を指定すると、その事業の団体と同じ都道府県
   * （または同じ人口規模）の団体に限る。
   * A ranking and distribution across municipalities, programs without the value left out; with peersOf,
   * only municipalities of the same prefecture (or population band) as that program's.
   */
  ranking: Ranking;
  /** このリクエストのトークンの持ち主（トークンがなければ null）。Who the request's token belongs to; null without a token. */
  viewer?: Maybe<ApiCaller>;
};

export type QueryCompareArgs = {
  fiscalYearFrom?: InputMaybe<Scalars['Int']['input']>;
  fiscalYearTo?: InputMaybe<Scalars['Int']['input']>;
  programIds: Array<Scalars['ID']['input']>;
};

export type QueryKpiRollupArgs = {
  filter?: InputMaybe<ProgramFilter>;
};

export type QueryMunicipalitiesArgs = {
  codes?: InputMaybe<Array<Scalars['String']['input']>>;
  prefectureCodes?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type QueryMunicipalityArgs = {
  code: Scalars['String']['input'];
};

export type QueryPrefectureArgs = {
  code: Scalars['Int']['input'];
};

export type QueryProgramArgs = {
  id: Scalars['ID']['input'];
};

export type QueryProgramByNumberArgs = {
  municipalityCode: Scalars['String']['input'];
  number: Scalars['String']['input'];
};

export type QueryProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgramFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProgramOrder>;
};

export type QueryRankingArgs = {
  ascending?: InputMaybe<Scalars['Boolean']['input']>;
  costBasis?: InputMaybe<CostBasis>;
  filter?: InputMaybe<ProgramFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  highlight?: InputMaybe<Scalars['ID']['input']>;
  metric: RankingMetric;
  offset?: InputMaybe<Scalars['Int']['input']>;
  peerGroup?: InputMaybe<PeerGroup>;
  peersOf?: InputMaybe<Scalars['ID']['input']>;
};

/** 全国・同じ条件の事業の中での順位と分布。A ranking and distribution of programs across municipalities. */
export type Ranking = {
  __typename?: 'Ranking';
  /** 昇順か（小さいほど上位）。Whether lower values rank first. */
  ascending: Scalars['Boolean']['output'];
  /** 費用の指標で並べた費用の範囲（総費用か事業費のみか）。範囲の異なる事業は同じ順位に入れない。The cost basis of a cost metric's ranking; programs of another basis are never ranked in one order with it. */
  costBasis?: Maybe<CostBasis>;
  /** 値の分布。The distribution. */
  distribution: Distribution;
  /** このページの順位。The entries of this page. */
  entries: Array<RankingEntry>;
  /** 指定した事業の順位（値がなければ null）。The highlighted program's place; null when it has no value. */
  highlight?: Maybe<RankingEntry>;
  /** 順位付けに使う値。The metric. */
  metric: RankingMetric;
  /** 読み方の注意（日本語）。How to read it, in Japanese. */
  note: Scalars['String']['output'];
  /** 読み方の注意（英語）。How to read it, in English. */
  noteEn: Scalars['String']['output'];
  /** 百分位を計算しなかった理由（日本語、5件未満のとき）。Why no percentiles were computed, in Japanese (fewer than five programs). */
  percentilesWithheld?: Maybe<Scalars['String']['output']>;
  /** 同じ理由の英語。The same reason in English. */
  percentilesWithheldEn?: Maybe<Scalars['String']['output']>;
  /** 値のある事業の総数。How many programs are ranked. */
  totalCount: Scalars['Int']['output'];
};

/** 順位の一件。One program's place in a ranking. */
export type RankingEntry = {
  __typename?: 'RankingEntry';
  /** この値以下（並べ替えの向きで）の事業の割合（0〜1）。5件未満の順位では計算しない（null）。Share of ranked programs at or before this one in the ranking's order (0 to 1); null in a ranking of fewer than five. */
  percentile?: Maybe<Scalars['Float']['output']>;
  /** 事業。The program. */
  program: Program;
  /** 順位（同じ値は同じ順位）。The rank; equal values share it. */
  rank: Scalars['Int']['output'];
  /** 値（単位は指標による）。The value, in the metric's unit. */
  value: Scalars['Float']['output'];
};

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

/**
 * KPI の集計。二つの通例の指標は異なり、両方を示す。
 * KPI roll-ups. The two usual shares differ, and both are given.
 */
export type Rollup = {
  __typename?: 'Rollup';
  /** KPI の数。How many KPIs. */
  kpiCount: Scalars['Int']['output'];
  /** 達成した KPI の数。KPIs achieved. */
  kpisAchieved: Scalars['Int']['output'];
  /** 状況のわかる KPI の数。KPIs with a status. */
  kpisWithStatus: Scalars['Int']['output'];
  /** 事業の数。How many programs. */
  programCount: Scalars['Int']['output'];
  /** すべての KPI を達成した事業の数。Programs with every KPI achieved. */
  programsAllAchieved: Scalars['Int']['output'];
  /** 一つ以上の KPI を達成した事業の数。Programs with at least one KPI achieved. */
  programsSomeAchieved: Scalars['Int']['output'];
  /** 状況のわかる事業の数。Programs with at least one KPI status. */
  programsWithStatus: Scalars['Int']['output'];
  /** KPI の達成割合。Share of KPIs achieved. */
  shareOfKpisAchieved: DerivedFigure;
  /** すべての KPI を達成した事業の割合。Share of programs with every KPI achieved. */
  shareOfProgramsAllAchieved: DerivedFigure;
  /** 一つ以上の KPI を達成した事業の割合。Share of programs with at least one KPI achieved. */
  shareOfProgramsSomeAchieved: DerivedFigure;
};

/** 評価の尺度の一段。One grade of an evaluation's scale. */
export type ScaleGrade = {
  __typename?: 'ScaleGrade';
  /** 評語（A、B、C）。The grade (A, B, C). */
  grade: Scalars['String']['output'];
  /** その意味（印字どおり）。What it means, as printed. */
  label: Scalars['String']['output'];
  /** その意味の英訳。What it means, in English (this dataset's translation). */
  labelEn?: Maybe<Scalars['String']['output']>;
};

/** 文の一片：地の文、引用した数値、または資料の言葉のままの引用。A piece of a sentence: plain words, a cited figure, or a quote in the source's own words. */
export type SentencePart = {
  __typename?: 'SentencePart';
  /** 引用した数値（数値の片のとき）。The figure, when the piece cites one. */
  figure?: Maybe<CitedFigure>;
  /** 片の言語（ja, en）。英語の文で資料の言葉を引くときは ja。The language of the piece: ja for the source's words quoted in an English sentence. */
  lang: Scalars['String']['output'];
  /** 表記。The text of the piece. */
  text: Scalars['String']['output'];
};

/** 似た事業と、似ているとした理由。A similar program, and why it was found. */
export type SimilarProgram = {
  __typename?: 'SimilarProgram';
  /** 似た事業。The similar program. */
  program: Program;
  /**
   * 両事業が共有する語（珍しい順、最大5語。長い語に含まれる語は省く）。
   * The terms both programs use, rarest first, at most five; a term inside a longer shared one is left out.
   */
  sharedTerms: Array<Scalars['String']['output']>;
};

/** 似た事業を探す範囲。Where to look for similar programs. */
export type SimilarScope =
  /** 他の自治体の事業。Programs of other municipalities. */
  | 'OTHER_MUNICIPALITIES'
  /** 同じ自治体の事業。Programs of the same municipality. */
  | 'SAME_MUNICIPALITY';

/** 出典となる資料。A published document the data were read from. */
export type SourceDocument = {
  __typename?: 'SourceDocument';
  /** 同梱のテキストのパス（data/ からの相対）。Path of the shipped text, relative to data/. */
  filePath: Scalars['String']['output'];
  /** 資料の年度。The fiscal year the document is for. */
  fiscalYear: FiscalYear;
  /** 様式の種類。The kind of form. */
  form: DocumentForm;
  /** 様式の名称（印字どおり）。The form's name as printed. */
  formName: Scalars['String']['output'];
  /** 様式の名称の英訳（データセットの訳）。The form's name in English (this dataset's translation). */
  formNameEn?: Maybe<Scalars['String']['output']>;
  /** データベース上の ID（不透明な文字列として扱う）。An opaque identifier. */
  id: Scalars['ID']['output'];
  /** データセット内の識別子。The dataset's key for the document. */
  key: Scalars['String']['output'];
  /** 同梱テキストの SHA-256。SHA-256 of the shipped text. */
  sha256: Scalars['String']['output'];
  /** 表題。The title. */
  title: Scalars['String']['output'];
  /** 表題の英訳。The title in English (this dataset's translation). */
  titleEn?: Maybe<Scalars['String']['output']>;
};

/** 値の出所の入力（省略時は ENTRY：トークン名を注記に記録）。Where an entered value comes from; ENTRY (the token's name as the note) when omitted. */
export type SourceInput = {
  /** 注記（EXTERNAL・EDITORIAL で必須）。A note; required for EXTERNAL and EDITORIAL. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 出所の種類（既定 ENTRY）。The kind of origin (ENTRY by default). */
  origin?: ProvenanceOrigin;
  /** 原文（DOCUMENT で必須、資料に一字一句そのまま含まれること）。The raw text; required for DOCUMENT, and it must occur verbatim in the document. */
  raw?: InputMaybe<Scalars['String']['input']>;
  /** 資料内の箇所（DOCUMENT で必須）。The document's section; required for DOCUMENT. */
  section?: InputMaybe<Scalars['String']['input']>;
};

/** 文字の値とその出所。A text value with its provenance. */
export type SourcedText = {
  __typename?: 'SourcedText';
  /** null の理由。Why the value is null. */
  absence?: Maybe<Absence>;
  /** 出所。Where it was read. */
  source?: Maybe<Provenance>;
  /** 値（表示・検索用に正規化済み）。The value, normalised for display and search. */
  value?: Maybe<Scalars['String']['output']>;
  /** 値の英訳（データセットの訳注。原文は value のまま）。The dataset's English gloss of the value; the source's words stay in value. */
  valueEn?: Maybe<Scalars['String']['output']>;
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

/** 入力の誤り。A problem with the input: which field, what is wrong. */
export type UserError = {
  __typename?: 'UserError';
  /** 種類。The kind of problem. */
  code: UserErrorCode;
  /** 現在の版（STALE_VERSION のとき）。The current version, for STALE_VERSION. */
  currentVersion?: Maybe<Scalars['Int']['output']>;
  /** 入力内の場所（例 ["input", "target", "value"]）。The path of the field in the input. */
  field: Array<Scalars['String']['output']>;
  /** 誤りの説明。What is wrong. */
  message: Scalars['String']['output'];
};

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

/** 判定の一文（日本語と英語）。One sentence of a verdict, in Japanese and English. */
export type VerdictSentence = {
  __typename?: 'VerdictSentence';
  /** KPI の文なら、その KPI の順番。The KPI's position, for a sentence about one KPI. */
  kpiPosition?: Maybe<Scalars['Int']['output']>;
  /** 日本語の文の片（数値ごとに出所へたどれる）。The Japanese sentence in pieces, each figure traceable to its source. */
  parts: Array<SentencePart>;
  /** 英語の文の片。The English sentence in pieces. */
  partsEn: Array<SentencePart>;
  /** 日本語の文。The sentence in Japanese. */
  text: Scalars['String']['output'];
  /** 英語の文（資料の言葉の引用は日本語のまま）。The sentence in English; quotes of the source stay Japanese. */
  textEn: Scalars['String']['output'];
  /** 主題。What it is about. */
  topic: VerdictTopic;
};

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

/** 金額とその出所。A yen amount with its provenance. */
export type YenAmount = {
  __typename?: 'YenAmount';
  /** null の理由。Why the amount is null. */
  absence?: Maybe<Absence>;
  /** 印字の精度（千円単位の資料なら 1000）。How exact the printed figure is, in yen (1000 for a sheet in 千円). */
  precisionYen: Scalars['Int']['output'];
  /** 出所。Where it was read. */
  source?: Maybe<Provenance>;
  /** 金額（円）。null は未報告であり、0 ではない。Whole yen; null means not reported, never 0. */
  yen?: Maybe<Scalars['Yen']['output']>;
};

/** 金額の単位。The unit an amount is given in. */
export type YenUnit =
  /** 千円（1,000 円の精度で保存）。Thousands of yen, stored with a precision of 1,000 yen. */
  | 'THOUSAND_YEN'
  /** 円。Yen. */
  | 'YEN';
