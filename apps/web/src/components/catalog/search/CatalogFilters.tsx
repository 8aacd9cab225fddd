'use client';

import { AVAILABILITIES, type CatalogFacets } from '@syncar/contracts';
import { useT } from '@/hooks/useI18n';
import { CategoryFilter } from './CategoryFilter';
import { FacetList } from './FacetList';
import { PriceFilter } from './PriceFilter';
import { activeFilterCount, type CatalogQuery, EMPTY_CATALOG_QUERY, toggle } from './url-state';
import { VehicleFilter } from './VehicleFilter';

/** Everything that narrows the catalog besides the search box, with the facet counts beside each option. */
export function CatalogFilters({
  query,
  facets,
  onChange,
}: {
  query: CatalogQuery;
  facets: CatalogFacets | undefined;
  onChange: (patch: Partial<CatalogQuery>) => void;
}) {
  const t = useT();
  const supplierId = query.supplierIds.length === 1 ? query.supplierIds[0]! : null;
  const active = activeFilterCount(query);

  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold text-slate-900">{t('catalog.filters.title')}</h2>
        {active > 0 && (
          <button
            type="button"
            data-testid="catalog-clear-filters"
            onClick={() => onChange({ ...EMPTY_CATALOG_QUERY, q: query.q, sort: query.sort })}
            className="text-xs font-medium text-sky-700 hover:text-sky-900"
          >
            {t('catalog.filters.clear', { count: active })}
          </button>
        )}
      </div>
      <VehicleFilter
        value={{ make: query.make, model: query.model, year: query.year }}
        onChange={(vehicle) => onChange(vehicle)}
      />
      <FacetList
        name="supplier"
        title={t('catalog.facet.suppliers')}
        options={(facets?.suppliers ?? []).map((s) => ({ value: s.id, label: s.name, count: s.count }))}
        chosen={query.supplierIds}
        onToggle={(id) => onChange({ supplierIds: toggle(query.supplierIds, id), categoryIds: [] })}
      />
      {supplierId && (
        <CategoryFilter
          supplierId={supplierId}
          value={query.categoryIds}
          onChange={(categoryIds) => onChange({ categoryIds })}
        />
      )}
      <FacetList
        name="availability"
        title={t('catalog.facet.availability')}
        options={AVAILABILITIES.map((value) => ({
          value,
          label: t(`catalog.availability.${value}`),
          count: facets?.availability.find((a) => a.availability === value)?.count ?? 0,
        }))}
        chosen={query.availability}
        onToggle={(value) =>
          onChange({ availability: toggle(query.availability, value as (typeof AVAILABILITIES)[number]) })
        }
      />
      <PriceFilter
        value={{ priceMin: query.priceMin, priceMax: query.priceMax }}
        onChange={(range) => onChange(range)}
      />
      <FacetList
        name="brand"
        title={t('catalog.facet.brands')}
        options={(facets?.brands ?? []).map((b) => ({ value: b.brand, label: b.brand, count: b.count }))}
        chosen={query.brands}
        onToggle={(brand) => onChange({ brands: toggle(query.brands, brand) })}
      />
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          data-testid="catalog-include-missing"
          checked={query.includeMissing}
          onChange={(event) => onChange({ includeMissing: event.target.checked })}
          className="size-4 rounded border-slate-300 text-sky-600 focus:ring-sky-600"
        />
        {t('catalog.filters.includeMissing')}
      </label>
    </div>
  );
}
