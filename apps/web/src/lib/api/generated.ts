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
  /** 対象外：その年度は目標がない（－）。Not applicable: no target that year (－). */
  | 'NOT_APPLICABLE'
  /** 未報告：空欄、または空欄から計算された合計。Not reported: a blank cell, or a total computed from blanks. */
  | 'NOT_REPORTED';

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

/** 資料の様式。The form of a source document. */
export type DocumentForm =
  /** 事務事業評価シート。A municipal program evaluation sheet. */
  | 'EVALUATION_SHEET'
  /** 交付金事業の結果報告。A result report of a national grant. */
  | 'GRANT_RESULT_REPORT';

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

/** 値の出所の種類。Where a recorded value comes from. */
export type ProvenanceOrigin =
  /** 資料に記載。Read from a source document. */
  | 'DOCUMENT'
  /** データセットの判断（英語名、付番、KPI の種類）。A choice of this dataset (an English name, an assigned number, a KPI's kind). */
  | 'EDITORIAL'
  /** 資料外の事実（団体コード、都道府県）。A fact from outside the documents (a local government code, a prefecture). */
  | 'EXTERNAL';

/** 人件費の職員区分。Which staff a personnel cost line is for. */
export type StaffType =
  /** その他の職員。Other staff. */
  | 'OTHER'
  /** 正規職員。Regular staff. */
  | 'REGULAR';

export type OverviewQueryVariables = Exact<{ [key: string]: never }>;

export type OverviewQuery = {
  municipalities: Array<{
    code: string;
    name: string;
    nameEn: string | null;
    prefecture: { name: string };
    programs: Array<{
      id: string;
      number: string;
      name: string;
      nameEn: string | null;
      fundingScheme: FundingScheme;
      fundingSchemeName: string | null;
      fieldSources: Array<{ field: string; source: { origin: ProvenanceOrigin } }>;
      document: {
        form: DocumentForm;
        formName: string;
        fiscalYear: { year: number; label: string };
      };
      kpis: Array<{
        position: number;
        name: string;
        unit: string;
        kind: KpiKind;
        values: Array<{
          fiscalYear: { year: number; label: string };
          target: { value: number | null; absence: Absence | null };
          actual: { value: number | null; absence: Absence | null };
        }>;
      }>;
      costs: Array<{
        category: CostCategory;
        staffType: StaffType | null;
        fiscalYears: {
          first: { year: number; label: string };
          last: { year: number; label: string };
        };
        amount: { yen: number | null; absence: Absence | null };
      }>;
    }>;
  }>;
};
