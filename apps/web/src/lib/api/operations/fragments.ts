/**
 * Where a value was read: enough to show the source text a click away. The note is an editor's reading
 * and is shown only to editors; the file path never is.
 */
export const SOURCE_FIELDS = /* GraphQL */ `
  fragment SourceFields on Provenance {
    origin
    section
    rawText
    note
    document {
      title
      titleEn
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
    lang
    figure {
      value
      formula {
        ja
        en
        expression
        expressionEn
      }
      source {
        ...SourceFields
      }
    }
  }
`;

/** A year's (or several years') costs as the cost table shows them. */
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
      ...FigureFields
    }
    grantShare {
      ...FigureFields
    }
    otherThanGrant {
      ...FigureFields
    }
    derived
  }
`;

/** A KPI as the results table and the verdict's neighbours show it. */
export const KPI_FIELDS = /* GraphQL */ `
  fragment KpiFields on Kpi {
    position
    name
    nameEn
    shortName
    shortNameEn
    unit
    unitEn
    kind
    baseline {
      value {
        value
      }
      fiscalYear {
        year
      }
      label
      labelEn
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
    currentStatus {
      ...StatusFields
    }
  }
  fragment StatusFields on KpiStatus {
    code
    label
    labelEn
    origin
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
        ...SourceFields
      }
    }
    targetUnit
    targetUnitEn
    targetDefinition {
      value
      valueEn
    }
    unitCost {
      value
      absence
      source {
        ...SourceFields
      }
    }
    formula {
      value
      valueEn
    }
  }
`;

/** A derived figure with everything needed to show how it was computed. */
export const FIGURE_FIELDS = /* GraphQL */ `
  fragment FigureFields on DerivedFigure {
    value
    unit
    formula {
      ja
      en
      expression
      expressionEn
    }
    notComputed
    notComputedText
    notComputedTextEn
    derived
  }
`;

export const YEAR_FIELDS = /* GraphQL */ `
  fragment YearFields on FiscalYear {
    year
    label
    labelEn
  }
`;
