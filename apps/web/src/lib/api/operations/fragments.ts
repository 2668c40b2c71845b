/**
 * A value's source, named by id: its text comes once per program, in PROGRAM_SOURCES_FIELDS, and
 * lib/api/sources.ts puts it back beside each value.
 */
export const SOURCE_FIELDS = /* GraphQL */ `
  fragment SourceRef on Provenance {
    id
  }
`;

/**
 * Where a program's values were read, each source once: enough to show the source text a click away.
 * The note is an editor's reading and is asked for only by editors; the file path never is.
 */
export const PROGRAM_SOURCES_FIELDS = /* GraphQL */ `
  fragment ProgramSources on Program {
    sources {
      id
      origin
      section
      rawText
      note @include(if: $editor)
      document {
        id
      }
    }
    documents {
      id
      title
      titleEn @skip(if: $ja)
    }
  }
`;

/**
 * A formula in the page's language only: the rule, and the rule with the figure's numbers. A page shows
 * one language, and a program's page cites hundreds of formulas.
 */
export const FORMULA_FIELDS = /* GraphQL */ `
  fragment FormulaFields on Formula {
    ... @include(if: $ja) {
      ja
      expression
    }
    ... @skip(if: $ja) {
      en
      expressionEn
    }
  }
`;

/** A verdict's sentences, each figure with its source. */
export const VERDICT_FIELDS = /* GraphQL */ `
  fragment VerdictFields on VerdictSentence {
    topic
    kpiPosition
    parts @include(if: $ja) {
      ...PartFields
    }
    partsEn @skip(if: $ja) {
      ...PartFields
    }
  }
  fragment PartFields on SentencePart {
    text
    lang @skip(if: $ja)
    figure {
      formula {
        ...FormulaFields
      }
      source {
        ...SourceRef
      }
    }
  }
`;

/**
 * A year's (or several years') costs as the cost table shows them. Each figure's rule and unit are the
 * same in every summary: lib/api/cost-rules.ts puts them back from the shared domain.
 */
export const COST_FIELDS = /* GraphQL */ `
  fragment CostFields on CostSummary {
    amountKind
    fiscalYears {
      first {
        year
      }
      last {
        year
      }
    }
    projectCost
    personnelCost
    staffFte
    grant
    totalCost {
      ...CostFigureFields
    }
    grantShare {
      ...CostFigureFields
    }
    otherThanGrant {
      ...CostFigureFields
    }
    derived
  }
  fragment CostFigureFields on DerivedFigure {
    value
    formula {
      expression @include(if: $ja)
      expressionEn @skip(if: $ja)
    }
    notComputed
    derived
  }
`;

/** A program's cost lines as columns: lib/api/cost-lines.ts turns them back into a row per line. */
export const COST_LINES_FIELDS = /* GraphQL */ `
  fragment CostLinesFields on CostLines {
    categories
    staffTypes
    firstYears
    lastYears
    amounts
    amountAbsences
    amountPrecisions
    amountSources
    staffFtes
    staffFteSources
  }
`;

/** A KPI as the results table and the verdict's neighbours show it. */
export const KPI_FIELDS = /* GraphQL */ `
  fragment KpiFields on Kpi {
    position
    name
    shortName
    unit
    ... @skip(if: $ja) {
      nameEn
      shortNameEn
      unitEn
    }
    kind
    baseline {
      value {
        value
      }
      fiscalYear {
        year
      }
      label
      labelEn @skip(if: $ja)
    }
    planTarget {
      value
      absence
    }
    planActual {
      value
      absence
    }
    planStatus {
      ...StatusFields
    }
    planAchievement {
      ...FigureFields
    }
  }
  fragment StatusFields on KpiStatus {
    code
    label
    origin
    labelEn @skip(if: $ja)
  }
`;

/**
 * A KPI's years as columns, in the page's language: lib/api/kpi-series.ts turns them back into a row per
 * year. Thirty years of objects, each with its formula, were a third of a program page's answer.
 */
export const KPI_SERIES_FIELDS = /* GraphQL */ `
  fragment KpiSeriesFields on KpiSeries {
    years
    targets
    targetAbsences
    targetSources
    actuals
    actualAbsences
    actualSources
    runningTotals
    statuses
    statusTexts
    achievements
    achievementsNotComputed
    achievementExpressions @include(if: $ja)
    achievementExpressionsEn @skip(if: $ja)
    achievementRule {
      ja @include(if: $ja)
      en @skip(if: $ja)
    }
  }
`;

/** A unit cost the form itself prints. */
export const PRINTED_UNIT_COST_FIELDS = /* GraphQL */ `
  fragment PrintedUnitCostFields on PrintedUnitCost {
    fiscalYear {
      year
    }
    targetCount {
      value
      absence
      source {
        ...SourceRef
      }
    }
    targetUnit
    targetDefinition {
      value
      valueEn @skip(if: $ja)
    }
    unitCost {
      value
      absence
      source {
        ...SourceRef
      }
    }
    formula {
      value
      valueEn @skip(if: $ja)
    }
    targetUnitEn @skip(if: $ja)
  }
`;

/** A derived figure with everything needed to show how it was computed. */
export const FIGURE_FIELDS = /* GraphQL */ `
  fragment FigureFields on DerivedFigure {
    value
    unit
    formula {
      ...FormulaFields
    }
    notComputed
    derived
  }
`;

/** A fiscal year: pages write its name themselves (fiscalYearHeading), the era rules being shared code. */
export const YEAR_FIELDS = /* GraphQL */ `
  fragment YearFields on FiscalYear {
    year
  }
`;
