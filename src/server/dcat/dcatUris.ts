export interface DcatUris {
  catalogue: string;
  homepage: string;
  landingPage: string;
  publisher: string;
  contactPoint: string;
  dataset: (name: string) => string;
  distribution: (dataset: string, resourceId: string) => string;
  /** A file's download URL from its path on this server (`/opendata/<dataset>/<file>`, stable across exports). */
  file: (path: string) => string;
  cataloguePage: (extension: string, page: number, modifiedSince: Date | null) => string;
}

/**
 * The IRIs of the catalogue's things, all under the origin the request came to. They follow
 * ckanext-dcat's pattern (the site as the catalogue, `/dataset/{name}` and
 * `/dataset/{name}/resource/{id}`), so a harvester that already knows CKAN sites maps them the
 * same way, and the publisher and contact point are anchors of the portal's data page.
 */
export function dcatUris(origin: string): DcatUris {
  const base = origin.replace(/\/+$/, '');
  return {
    catalogue: `${base}/`,
    homepage: `${base}/portal`,
    landingPage: `${base}/portal/data`,
    publisher: `${base}/portal/data#publisher`,
    contactPoint: `${base}/portal/data#contact`,
    dataset: (name) => `${base}/dataset/${encodeURIComponent(name)}`,
    distribution: (dataset, id) => `${base}/dataset/${encodeURIComponent(dataset)}/resource/${encodeURIComponent(id)}`,
    file: (path) => `${base}${path.startsWith('/') ? '' : '/'}${path}`,
    cataloguePage: (extension, page, modifiedSince) => {
      const query = new URLSearchParams();
      if (modifiedSince) query.set('modified_since', modifiedSince.toISOString());
      query.set('page', String(page));
      return `${base}/catalog.${extension}?${query.toString()}`;
    },
  };
}
