'use client';

import { useEffect, useState } from 'react';
import { INPUT_CLASS } from '@/components/ui/Field';
import { useCatalogVehicleOptions } from '@/hooks/useCatalogVehicleOptions';
import { useT } from '@/hooks/useI18n';
import type { CatalogQuery } from './url-state';

type Vehicle = Pick<CatalogQuery, 'make' | 'model' | 'year'>;

/** Make, then a model of that make, then a year: a product fits when one of its fitments covers the year. */
export function VehicleFilter({ value, onChange }: { value: Vehicle; onChange: (vehicle: Vehicle) => void }) {
  const t = useT();
  const makes = useCatalogVehicleOptions(null);
  const models = useCatalogVehicleOptions(value.make);
  const [year, setYear] = useState(value.year === null ? '' : String(value.year));
  useEffect(() => setYear(value.year === null ? '' : String(value.year)), [value.year]);

  const applyYear = () => {
    const parsed = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : null;
    if (parsed !== value.year) onChange({ ...value, year: parsed });
  };

  return (
    <fieldset data-testid="catalog-vehicle" className="space-y-2">
      <legend className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t('catalog.vehicle.title')}
      </legend>
      <label htmlFor="catalog-make" className="sr-only">
        {t('catalog.vehicle.make')}
      </label>
      <select
        id="catalog-make"
        data-testid="catalog-make"
        value={value.make ?? ''}
        onChange={(event) => onChange({ make: event.target.value || null, model: null, year: value.year })}
        className={INPUT_CLASS}
      >
        <option value="">{t('catalog.vehicle.anyMake')}</option>
        {/* A make from a shared link stays selectable even before the list arrives. */}
        {value.make && !makes.data?.includes(value.make) && <option value={value.make}>{value.make}</option>}
        {makes.data?.map((make) => (
          <option key={make} value={make}>
            {make}
          </option>
        ))}
      </select>
      <label htmlFor="catalog-model" className="sr-only">
        {t('catalog.vehicle.model')}
      </label>
      <select
        id="catalog-model"
        data-testid="catalog-model"
        value={value.model ?? ''}
        disabled={!value.make}
        onChange={(event) => onChange({ ...value, model: event.target.value || null })}
        className={INPUT_CLASS}
      >
        <option value="">
          {value.make ? t('catalog.vehicle.anyModel') : t('catalog.vehicle.makeFirst')}
        </option>
        {value.model && !models.data?.includes(value.model) && (
          <option value={value.model}>{value.model}</option>
        )}
        {value.make &&
          models.data?.map((model) => (
            <option key={model} value={model}>
              {model}
            </option>
          ))}
      </select>
      <label htmlFor="catalog-year" className="sr-only">
        {t('catalog.vehicle.year')}
      </label>
      <input
        id="catalog-year"
        data-testid="catalog-year"
        type="number"
        inputMode="numeric"
        min={1900}
        max={2100}
        placeholder={t('catalog.vehicle.year')}
        value={year}
        onChange={(event) => setYear(event.target.value)}
        onBlur={applyYear}
        onKeyDown={(event) => {
          if (event.key === 'Enter') applyYear();
        }}
        className={INPUT_CLASS}
      />
    </fieldset>
  );
}
