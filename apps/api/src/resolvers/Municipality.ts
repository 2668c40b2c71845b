import { populationBand, rollupFromCounts } from '@muni/domain';
import type { MunicipalityResolvers, PrefectureResolvers } from '../generated/resolvers.js';

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
