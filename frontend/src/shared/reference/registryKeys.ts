export const registryKeys = {
  regions: ['regions'] as const,
  region: (regionId: number) => ['regions', regionId] as const,
  municipalities: (regionId: number) => ['municipalities', 'of-region', regionId] as const,
  allMunicipalities: ['municipalities'] as const,
  schools: ['schools'] as const,
  schoolList: (query: object) => ['schools', 'list', query] as const,
  school: (schoolId: number) => ['schools', 'one', schoolId] as const,
  schoolHistory: (schoolId: number) => ['schools', 'history', schoolId] as const,
};
