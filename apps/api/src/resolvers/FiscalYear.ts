import { eraOfFiscalYear, fiscalYearLabel, fiscalYearLabelEn } from '@muni/domain';
import type { FiscalYearRangeResolvers, FiscalYearResolvers } from '../generated/resolvers.js';

export const FiscalYear: FiscalYearResolvers = {
  year: (year) => year,
  label: (year) => fiscalYearLabel(year),
  labelEn: (year) => fiscalYearLabelEn(year),
  era: (year) => eraOfFiscalYear(year).era.name,
  eraYear: (year) => eraOfFiscalYear(year).year,
};

export const FiscalYearRange: FiscalYearRangeResolvers = {
  first: (range) => range.first,
  last: (range) => range.last,
};
