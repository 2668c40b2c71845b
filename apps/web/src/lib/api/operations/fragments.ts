/** Where a value was read: enough to show the source text a click away. */
export const SOURCE_FIELDS = /* GraphQL */ `
  fragment SourceFields on Provenance {
    origin
    section
    rawText
    note
    document {
      title
      filePath
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
