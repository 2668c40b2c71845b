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
  /** 対象外：その年度は目標がない（－）。Not applicable: no target that year (－). */
  | 'NOT_APPLICABLE'
  /** 未報告：空欄、または空欄から計算された合計。Not reported: a blank cell, or a total computed from blanks. */
  | 'NOT_REPORTED';

/** 事業行程の一項目。A line of a program's schedule. */
export type Activity = {
  __typename?: 'Activity';
  /** 項目名。The activity. */
  name: Scalars['String']['output'];
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

/** 費用・財源の区分。A cost or funding category. */
export type CostCategory =
  /** 一般財源。General fund. */
  | 'GENERAL_FUND'
  /** 交付金充当額。Grant. */
  | 'GRANT'
  /** 地方債。Local bond. */
  | 'LOCAL_BOND'
  /** 国県支出金。National or prefectural subsidy. */
  | 'NATIONAL_PREFECTURAL_SUBSIDY'
  /** その他特定財源。Other specific revenue. */
  | 'OTHER_SPECIFIC_REVENUE'
  /** 人件費。Personnel cost. */
  | 'PERSONNEL_COST'
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
  /** 区分。The category. */
  category: CostCategory;
  /** 対象の年度の範囲（単年度なら first と last が同じ）。The fiscal years it covers (first equals last for one year). */
  fiscalYears: FiscalYearRange;
  /** 注記。A note. */
  note?: Maybe<Scalars['String']['output']>;
  /** 職員数（人、常勤換算）。Staff in full-time equivalents, for personnel cost. */
  staffFte?: Maybe<Measure>;
  /** 人件費の職員区分（人件費合計なら null）。For personnel cost, which staff; null for the personnel total and other categories. */
  staffType?: Maybe<StaffType>;
};

/** 資料の様式。The form of a source document. */
export type DocumentForm =
  /** 事務事業評価シート。A municipal program evaluation sheet. */
  | 'EVALUATION_SHEET'
  /** 交付金事業の結果報告。A result report of a national grant. */
  | 'GRANT_RESULT_REPORT';

/** 一年度・一観点の評価と理由。An evaluation of a fiscal year on one axis, with its reason. */
export type Evaluation = {
  __typename?: 'Evaluation';
  /** 観点。The axis. */
  axis: EvaluationAxis;
  /** 観点の名称（印字どおり）。The axis as the form names it. */
  axisLabel: Scalars['String']['output'];
  /** 評価した年度。The fiscal year evaluated. */
  fiscalYear: FiscalYear;
  /** 評語（null は不明など、absence が理由）。The grade; null with its reason in absence. */
  grade: SourcedText;
  /** 評語の意味（尺度から）。What the grade means on its scale. */
  gradeLabel?: Maybe<Scalars['String']['output']>;
  /** 注記。A note. */
  note?: Maybe<Scalars['String']['output']>;
  /** 理由。The reason given. */
  reason?: Maybe<SourcedText>;
  /** 理由の見出し（左記判断理由など）。The heading of the reason as printed. */
  reasonLabel?: Maybe<Scalars['String']['output']>;
  /** 様式が示す尺度（順番どおり）。The scale the form offers, in order. */
  scale: Array<ScaleGrade>;
};

/** 評価の観点。An evaluation axis. */
export type EvaluationAxis =
  /** 今後の方向性。Future direction. */
  | 'DIRECTION'
  /** 有効性。Effectiveness. */
  | 'EFFECTIVENESS'
  /** 効率性。Efficiency. */
  | 'EFFICIENCY'
  /** 実施水準（他市との比較）。Level against other cities. */
  | 'LEVEL'
  /** 進捗状況。Progress. */
  | 'PROGRESS';

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

/** 財源の枠組み。How a program is funded. */
export type FundingScheme =
  /** 自治体の単独事業。The municipality's own program. */
  | 'MUNICIPAL'
  /** 国の交付金事業。A program funded by a national grant. */
  | 'NATIONAL_GRANT';

/** 成果指標（KPI）。A key performance indicator of a program. */
export type Kpi = {
  __typename?: 'Kpi';
  /** 基準値。The baseline. */
  baseline?: Maybe<KpiBaseline>;
  /** よい方向。Which way is better. */
  direction: KpiDirection;
  id: Scalars['ID']['output'];
  /** 種類（ストックか増分か）。Its kind: a stock or a yearly increment. */
  kind: KpiKind;
  /** 種類の判断の出所。Where its kind comes from. */
  kindSource: Provenance;
  /** 名称。The Japanese name. */
  name: Scalars['String']['output'];
  /** 英語名。The English name. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** 注記。A note on the KPI. */
  note?: Maybe<Scalars['String']['output']>;
  /** 計画期間の実績（印字どおり）。The plan-period actual as printed. */
  planActual: Measure;
  /** 計画期間の達成状況（資料の語）。The plan-period status in the source's own word. */
  planStatus: SourcedText;
  /** 計画期間の目標（印字があれば）。The plan-period target, where printed. */
  planTarget: Measure;
  /** 事業内の順番（① は 1）。Order within the program as printed (① is 1). */
  position: Scalars['Int']['output'];
  /** 名称の出所。Where the KPI was read. */
  source: Provenance;
  /** 単位（印字どおり、正規化済み）。The unit as printed, normalised. */
  unit: Scalars['String']['output'];
  /** 単位の英語。The unit in English. */
  unitEn?: Maybe<Scalars['String']['output']>;
  /** 年度ごとの値（年度順）。Yearly values, in fiscal-year order. */
  values: Array<KpiValue>;
};

/** KPI の基準値。A KPI's baseline. */
export type KpiBaseline = {
  __typename?: 'KpiBaseline';
  /** 基準の年度（あれば）。The baseline's fiscal year, where it has one. */
  fiscalYear?: Maybe<FiscalYear>;
  /** 基準時点の表記（令和2年度、事業開始前）。The baseline's time as printed (令和2年度, 事業開始前). */
  label?: Maybe<Scalars['String']['output']>;
  /** 基準値と出所。The baseline value with its provenance. */
  value: Measure;
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

/** KPI の一年度の値。A KPI's figures for one fiscal year. */
export type KpiValue = {
  __typename?: 'KpiValue';
  /** 実績値。The actual. */
  actual: Measure;
  /** 年度。The fiscal year. */
  fiscalYear: FiscalYear;
  /** 注記。A note on the value. */
  note?: Maybe<Scalars['String']['output']>;
  /** 累計（増分の KPI で印字があれば）。The running total since the start, as printed, for increments. */
  runningTotal: Measure;
  /** 達成状況（資料の語：達成、未達成など）。The status in the source's own word (達成, 未達成). */
  status: SourcedText;
  /** 目標値。The target. */
  target: Measure;
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

/** 市区町村。A municipality. */
export type Municipality = {
  __typename?: 'Municipality';
  /** 地方公共団体コード（5桁、検査数字なし）。The five-digit local government code, without the check digit. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 生成された試験用データか。Whether this is generated test data rather than a real municipality. */
  isSynthetic: Scalars['Boolean']['output'];
  /** 名称。The Japanese name (伊勢原市). */
  name: Scalars['String']['output'];
  /** 英語名。The English name (Isehara City). */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** 都道府県。The prefecture. */
  prefecture: Prefecture;
  /** この団体の事業。The municipality's programs. */
  programs: Array<Program>;
  /** 団体名などの出所。Where the municipality's facts come from. */
  source: Provenance;
};

/** 事業の記述（目的、課題、総括など）。A narrative text of a program's record. */
export type Narrative = {
  __typename?: 'Narrative';
  /** 対象の年度（あれば）。The fiscal year it is about, where it is about one. */
  fiscalYear?: Maybe<FiscalYear>;
  /** 見出し（印字どおり）。The heading as printed. */
  heading: Scalars['String']['output'];
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
};

/** 事業の記述の種類。The kind of a narrative text. */
export type NarrativeKind =
  /** 実施した取組の内容。What was done. */
  | 'ACTIONS_DONE'
  /** 実施の背景。Background. */
  | 'BACKGROUND'
  /** 事業の構成要素。A component of the program. */
  | 'COMPONENT'
  /** 事業内容。Content and means. */
  | 'CONTENT'
  /** 事業推進上の課題。Issues. */
  | 'ISSUES'
  /** KPI についての自己評価。Self-evaluation of the KPIs. */
  | 'KPI_SELF_EVALUATION'
  /** KPI の状況について。A note on one KPI's result. */
  | 'KPI_STATUS_NOTE'
  /** 実施方法。How it was carried out. */
  | 'METHOD'
  /** 次年度の取組方針。The next year's policy. */
  | 'NEXT_POLICY'
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
  /** 総合戦略での位置付け。Place in the municipality's strategy. */
  | 'STRATEGY_POSITION'
  /** 主な対象。Target groups. */
  | 'TARGET_GROUPS';

/** ページ情報（Relay 形式）。Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** このページの最後のカーソル。The cursor of the last item of this page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** 次のページがあるか。Whether there are more items after this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** 計画体系の一段（施策、基本政策など）。One level of the plan hierarchy a program sits in. */
export type PlanLevel = {
  __typename?: 'PlanLevel';
  /** 上からの深さ（0 が最上位）。Depth from the top (0 is the top). */
  depth: Scalars['Int']['output'];
  /** 段の名称（印字どおり、例：基本政策）。The level's name as printed, e.g. 基本政策. */
  level: Scalars['String']['output'];
  /** 名称。The name. */
  name: Scalars['String']['output'];
  /** 段内の番号（印字があれば）。Its number within the plan, where printed. */
  number?: Maybe<Scalars['String']['output']>;
  /** 出所。Where it was read. */
  source: Provenance;
};

/** 都道府県。A prefecture. */
export type Prefecture = {
  __typename?: 'Prefecture';
  /** 都道府県コード（1〜47）。The prefecture code (1 to 47). */
  code: Scalars['Int']['output'];
  /** 名称。The Japanese name. */
  name: Scalars['String']['output'];
  /** 英語名。The English name. */
  nameEn?: Maybe<Scalars['String']['output']>;
};

/** 事業（事務事業、交付金事業）。A municipal program as its source document reports it. */
export type Program = {
  __typename?: 'Program';
  /** 事業行程（計画と実績）。The schedule: activities planned and done. */
  activities: Array<Activity>;
  /** 予算事業名。The budget line. */
  budgetLine?: Maybe<Scalars['String']['output']>;
  /** 費用と財源の記載。Cost and funding lines, by fiscal year or plan period. */
  costs: Array<CostEntry>;
  /** 所管の部。The department. */
  department?: Maybe<Scalars['String']['output']>;
  /** 部長名。The department head. */
  departmentHead?: Maybe<Scalars['String']['output']>;
  /** 所管の課。The division. */
  division?: Maybe<Scalars['String']['output']>;
  /** 課等の長。The division head. */
  divisionHead?: Maybe<Scalars['String']['output']>;
  /** 出典資料。The document the record was transcribed from. */
  document: SourceDocument;
  /** 評価。Evaluations. */
  evaluations: Array<Evaluation>;
  /** 項目ごとの出所。Where each of the program's own fields was read. */
  fieldSources: Array<FieldSource>;
  /** 事業開始年度（null は未報告）。The first fiscal year; null when not reported. */
  firstFiscalYear?: Maybe<FiscalYear>;
  /** 財源の枠組み。The funding scheme. */
  fundingScheme: FundingScheme;
  /** 財源の名称（印字どおり）。The funding scheme as the document names it. */
  fundingSchemeName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 成果指標。The program's KPIs, in printed order. */
  kpis: Array<Kpi>;
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
  /** 計画体系上の位置（上位から）。The program's place in the plan hierarchy, top level first. */
  planHierarchy: Array<PlanLevel>;
  /** 計画期間（交付金などが定める）。The plan period a grant or plan fixes, where the source gives one. */
  planPeriod?: Maybe<FiscalYearRange>;
  /** 政策分野（団体をまたぐ分類、例：city-promotion）。A policy area across municipalities (this dataset's classification). */
  policyArea: Scalars['String']['output'];
  /** 関連する個別計画。The related plan. */
  relatedPlan?: Maybe<Scalars['String']['output']>;
};

/** 事業（事務事業、交付金事業）。A municipal program as its source document reports it. */
export type ProgramNarrativesArgs = {
  kinds?: InputMaybe<Array<NarrativeKind>>;
};

/** 事業の一覧（カーソルでページ送り）。A page of programs. */
export type ProgramConnection = {
  __typename?: 'ProgramConnection';
  edges: Array<ProgramEdge>;
  /** このページの事業。The programs of this page. */
  nodes: Array<Program>;
  pageInfo: PageInfo;
  /** 条件に合う事業の総数。How many programs the list has in all. */
  totalCount: Scalars['Int']['output'];
};

/** 事業の一覧の一件。An edge of a program list. */
export type ProgramEdge = {
  __typename?: 'ProgramEdge';
  /** この位置のカーソル。The cursor at this item. */
  cursor: Scalars['String']['output'];
  /** 事業。The program. */
  node: Program;
};

/**
 * 値の出所：資料、その箇所、資料どおりの原文。
 * Where a value came from: the document, the section, and the raw text exactly as the document has it.
 */
export type Provenance = {
  __typename?: 'Provenance';
  /** 資料（資料外の事実では null）。The document; null for external and editorial facts. */
  document?: Maybe<SourceDocument>;
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
  /** 資料外の事実（団体コード、都道府県）。A fact from outside the documents (a local government code, a prefecture). */
  | 'EXTERNAL';

export type Query = {
  __typename?: 'Query';
  /** 市区町村の一覧（団体コード順）。Municipalities, by local government code. */
  municipalities: Array<Municipality>;
  /** 団体コードで市区町村を一件。A municipality by its five-digit local government code. */
  municipality?: Maybe<Municipality>;
  /** ID で事業を一件。A program by id. */
  program?: Maybe<Program>;
  /** 団体コードと事業番号で事業を一件。A program by municipality code and program number. */
  programByNumber?: Maybe<Program>;
  /** 事業の一覧（カーソルでページ送り）。Programs, a page at a time. */
  programs: ProgramConnection;
};

export type QueryMunicipalityArgs = {
  code: Scalars['String']['input'];
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
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 評価の尺度の一段。One grade of an evaluation's scale. */
export type ScaleGrade = {
  __typename?: 'ScaleGrade';
  /** 評語（A、B、C）。The grade (A, B, C). */
  grade: Scalars['String']['output'];
  /** その意味（印字どおり）。What it means, as printed. */
  label: Scalars['String']['output'];
};

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
  id: Scalars['ID']['output'];
  /** データセット内の識別子。The dataset's key for the document. */
  key: Scalars['String']['output'];
  /** 同梱テキストの SHA-256。SHA-256 of the shipped text. */
  sha256: Scalars['String']['output'];
  /** 表題。The title. */
  title: Scalars['String']['output'];
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
};

/** 人件費の職員区分。Which staff a personnel cost line is for. */
export type StaffType =
  /** その他の職員。Other staff. */
  | 'OTHER'
  /** 正規職員。Regular staff. */
  | 'REGULAR';

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
