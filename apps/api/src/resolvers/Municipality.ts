import {
  buildPolicyTree,
  directionsOf,
  FUNDING_CATEGORIES,
  fundingByYear,
  populationBand,
  rollupFromCounts,
} from '@muni/domain';
import type {
  FundingYearResolvers,
  MunicipalityResolvers,
  PolicyNodeResolvers,
  PrefectureResolvers,
} from '../generated/resolvers.js';
import { toEnum } from '../graphql/values.js';

export const Municipality: MunicipalityResolvers = {
  id: (municipality) => String(municipality.id),
  name: (municipality) => municipality.nameJa,
  prefecture: (municipality) => municipality,
  population: (municipality) => municipality.population,
  populationBand: (municipality) =>
    municipality.population === null ? null : populationBand(municipality.population).ja,
  populationBandEn: (municipality) =>
    municipality.population === null ? null : populationBand(municipality.population).en,
  source: async (municipality, _args, { loaders }) =>
    (await loaders.provenance.load(municipality.provenanceId))!,
  programs: (municipality, _args, { loaders }) =>
    loaders.programsByMunicipality.load(municipality.id),
  policyTree: async (municipality, _args, { loaders }) =>
    buildPolicyTree(await loaders.treeProgramsByMunicipality.load(municipality.id)),
  funding: async (municipality, _args, { loaders }) =>
    fundingByYear(await loaders.treeProgramsByMunicipality.load(municipality.id)),
  directions: async (municipality, _args, { loaders }) =>
    directionsOf(await loaders.treeProgramsByMunicipality.load(municipality.id)),
  kpiRollup: async (municipality, _args, { loaders }) =>
    rollupFromCounts(
      (await loaders.rollupByMunicipality.load(municipality.id)) ?? {
        kpiCount: 0,
        kpisWithStatus: 0,
        kpisAchieved: 0,
        programCount: 0,
        programsWithStatus: 0,
        programsAllAchieved: 0,
        programsSomeAchieved: 0,
      },
    ),
};

export const Prefecture: PrefectureResolvers = {
  code: (prefecture) => prefecture.prefectureCode,
  name: (prefecture) => prefecture.prefectureJa,
  nameEn: (prefecture) => prefecture.prefectureEn,
  municipalities: (prefecture, _args, { loaders }) =>
    loaders.municipalitiesByPrefecture.load(prefecture.prefectureCode),
};

export const PolicyNode: PolicyNodeResolvers = {
  programCount: (node) => node.programIds.length,
  programs: async (node, _args, { loaders }) => {
    if (node.children.length > 0) return [];
    const programs = await Promise.all(node.programIds.map((id) => loaders.program.load(id)));
    return programs.filter((program) => program !== null);
  },
};

export const FundingYear: FundingYearResolvers = {
  fiscalYear: (year) => year.fiscalYear,
  amountKind: (year) => toEnum(year.amountKind),
  // Only what the programs use: a category with nothing reported and nothing missing is not theirs.
  lines: (year, { categories }) =>
    FUNDING_CATEGORIES.flatMap((category) => {
      const sum = year.sums[category];
      const name = toEnum(category);
      if (sum.reported + sum.missing === 0 || (categories && !categories.includes(name))) return [];
      return [{ category: name, ...sum }];
    }),
};
