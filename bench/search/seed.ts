import type pg from 'pg';

/**
 * A synthetic catalog of `products` rows for the search benchmark, built inside PostgreSQL (INSERT ... SELECT
 * generate_series) so a million rows take minutes, not hours. Deterministic: every value derives from the
 * product's number through hashint4. The secondary indexes are dropped during the load and rebuilt from their
 * own definitions afterwards (one sort per index instead of a million inserts into each), so the benchmark
 * measures exactly the migrations' indexes.
 */

const PART_TYPES = [
  'Pastilla de freno delantera',
  'Pastilla de freno trasera',
  'Disco de freno ventilado',
  'Disco de freno sólido',
  'Zapata de freno',
  'Cilindro de rueda',
  'Bomba de freno',
  'Amortiguador delantero',
  'Amortiguador trasero',
  'Espiral de suspensión',
  'Rótula de suspensión',
  'Terminal de dirección',
  'Bandeja de suspensión',
  'Buje de bandeja',
  'Barra estabilizadora',
  'Filtro de aceite',
  'Filtro de aire',
  'Filtro de combustible',
  'Filtro de polen',
  'Bomba de agua',
  'Termostato',
  'Radiador de motor',
  'Manguera de radiador',
  'Correa de distribución',
  'Kit de distribución',
  'Tensor de correa',
  'Correa alternador',
  'Bujía de encendido',
  'Bobina de encendido',
  'Cable de bujía',
  'Sensor de oxígeno',
  'Sensor de cigüeñal',
  'Sensor de velocidad ABS',
  'Embrague completo',
  'Disco de embrague',
  'Rodamiento de rueda',
  'Homocinética',
  'Junta de culata',
  'Empaquetadura de cárter',
  'Soporte de motor',
];
const QUALIFIERS = [
  'original',
  'reforzado',
  'premium',
  'estándar',
  'izquierdo',
  'derecho',
  'juego',
  'kit',
  'alta performance',
  'cerámica',
  'semimetálica',
  'gas',
  'aceite',
  'doble',
  'simple',
  'largo',
  'corto',
  'importado',
  'nacional',
  'OEM',
];
const VEHICLES: Array<[string, string]> = [
  ['Toyota', 'Hilux'],
  ['Toyota', 'Yaris'],
  ['Toyota', 'Corolla'],
  ['Toyota', 'RAV4'],
  ['Toyota', 'Land Cruiser'],
  ['Nissan', 'NP300'],
  ['Nissan', 'Navara'],
  ['Nissan', 'Versa'],
  ['Nissan', 'Sentra'],
  ['Nissan', 'X-Trail'],
  ['Chevrolet', 'Sail'],
  ['Chevrolet', 'Spark'],
  ['Chevrolet', 'Aveo'],
  ['Chevrolet', 'D-Max'],
  ['Chevrolet', 'Captiva'],
  ['Hyundai', 'Accent'],
  ['Hyundai', 'Tucson'],
  ['Hyundai', 'Elantra'],
  ['Hyundai', 'i10'],
  ['Hyundai', 'Santa Fe'],
  ['Kia', 'Río'],
  ['Kia', 'Morning'],
  ['Kia', 'Sportage'],
  ['Kia', 'Cerato'],
  ['Suzuki', 'Swift'],
  ['Suzuki', 'Vitara'],
  ['Suzuki', 'Baleno'],
  ['Mitsubishi', 'L200'],
  ['Mitsubishi', 'Montero'],
  ['Mitsubishi', 'Outlander'],
  ['Mazda', '3'],
  ['Mazda', 'BT-50'],
  ['Mazda', 'CX-5'],
  ['Ford', 'Ranger'],
  ['Ford', 'Fiesta'],
  ['Ford', 'EcoSport'],
  ['Peugeot', '208'],
  ['Peugeot', '308'],
  ['Peugeot', 'Partner'],
  ['Citroën', 'Berlingo'],
  ['Citroën', 'C3'],
  ['Renault', 'Duster'],
  ['Renault', 'Clio'],
  ['Volkswagen', 'Gol'],
  ['Volkswagen', 'Amarok'],
  ['Subaru', 'Impreza'],
  ['Subaru', 'Forester'],
  ['Honda', 'Civic'],
  ['Honda', 'CR-V'],
  ['Great Wall', 'Wingle'],
  ['Chery', 'Tiggo'],
  ['JAC', 'S3'],
  ['MG', 'ZS'],
  ['Fiat', 'Fiorino'],
  ['Ssangyong', 'Actyon'],
  ['Jeep', 'Cherokee'],
  ['BMW', 'Serie 3'],
  ['Mercedes-Benz', 'Sprinter'],
  ['Volvo', 'XC60'],
  ['Dodge', 'Durango'],
];
const BRANDS = [
  'Bosch',
  'Monroe',
  'Valeo',
  'NGK',
  'Sachs',
  'Gates',
  'Mahle',
  'Denso',
  'Brembo',
  'Ferodo',
  'TRW',
  'SKF',
  'Febi Bilstein',
  'Lemförder',
  'KYB',
  'Dayco',
  'Luk',
  'Aisin',
  'Mann Filter',
  'Wix',
  'Fram',
  'Champion',
  'Delphi',
  'Hella',
  'Moog',
  'Corteco',
  'Elring',
  'Victor Reinz',
  'Continental',
  'Textar',
  'Jurid',
  'Nipparts',
  'Japanparts',
  'Ashika',
  'Blue Print',
  'Mitsuba',
  'Tokico',
  'Koyo',
  'NSK',
  'Frenos Pérez',
];
const AVAILABILITY = ['in_stock', 'in_stock', 'in_stock', 'out_of_stock', 'on_order', 'unknown'];

export const SUPPLIERS = 5;
const CATEGORIES_PER_SUPPLIER = 12;

/** Runs `work` once per connection, each with its share (0..connections-1), all at once. */
async function inParallel(
  clients: readonly pg.Client[],
  work: (client: pg.Client, share: number) => Promise<unknown>,
) {
  await Promise.all(clients.map((client, share) => work(client, share)));
}

/**
 * Inserts suppliers, categories, `count` products and their fitments (about 2.5 per product), splitting the
 * work over `clients` (one per core).
 */
export async function seedCatalog(clients: readonly pg.Client[], count: number, log: (line: string) => void) {
  const [client] = clients as [pg.Client];
  for (const each of clients) await each.query(`SET maintenance_work_mem = '512MB'`);
  const indexes = await client.query<{ name: string; definition: string }>(`
    SELECT i.indexname AS name, i.indexdef AS definition
    FROM pg_indexes AS i
    WHERE i.schemaname = 'public' AND i.tablename IN ('products', 'product_fitments')
      AND NOT EXISTS (SELECT 1 FROM pg_constraint AS c WHERE c.conname = i.indexname)`);
  for (const { name } of indexes.rows) await client.query(`DROP INDEX ${name}`);

  await client.query(
    `INSERT INTO suppliers (slug, name, connector, base_url)
     SELECT 'bench-' || s, 'Proveedor ' || s, 'sandbox', 'http://bench.test/' || s FROM generate_series(1, $1) AS s`,
    [SUPPLIERS],
  );
  await client.query(
    `INSERT INTO categories (supplier_id, external_id, name, url)
     SELECT s.id, 'C' || c, 'Categoría ' || c, 'http://bench.test/c/' || c
     FROM suppliers AS s, generate_series(1, $1) AS c`,
    [CATEGORIES_PER_SUPPLIER],
  );

  let started = performance.now();
  // r(k): the k-th pseudo-random number of product n, in [0, 2^31).
  const r = (k: number) => `abs(hashint4(n * 37 + ${k}))`;
  const share = Math.ceil(count / clients.length);
  await inParallel(clients, (each, i) =>
    each.query(
      `WITH supplier AS (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS i FROM suppliers),
          category AS (SELECT id, supplier_id, row_number() OVER (PARTITION BY supplier_id ORDER BY external_id) - 1 AS i
                       FROM categories),
          vocabulary AS (SELECT $2::text[] AS types, $3::text[] AS qualifiers, $4::text[] AS makes, $5::text[] AS models,
                                $6::text[] AS brands, $7::text[] AS availability)
     INSERT INTO products (supplier_id, category_id, sku, name, brand, price_clp, stock, availability, oem_codes,
       vehicle_keys)
     SELECT s.id, c.id,
       upper(left(regexp_replace(coalesce(p.brand, 'GEN'), '[^A-Za-z]', '', 'g'), 3)) || '-' || lpad(n::text, 7, '0'),
       p.name, p.brand,
       CASE WHEN ${r(6)} % 33 = 0 THEN NULL ELSE 990 + (${r(7)} % 40000) * 10 END,
       p.stock, p.availability, p.oem_codes, p.vehicle_keys
     FROM generate_series($1::int, $10::int) AS n
     CROSS JOIN vocabulary AS v
     CROSS JOIN LATERAL (
       SELECT
         v.types[1 + ${r(1)} % array_length(v.types, 1)] || ' ' || v.qualifiers[1 + ${r(2)} % array_length(v.qualifiers, 1)]
           || ' ' || v.makes[1 + ${r(3)} % array_length(v.makes, 1)] || ' ' || v.models[1 + ${r(3)} % array_length(v.makes, 1)]
           AS name,
         CASE WHEN ${r(4)} % 20 = 0 THEN NULL ELSE v.brands[1 + ${r(5)} % array_length(v.brands, 1)] END AS brand,
         v.availability[1 + ${r(8)} % array_length(v.availability, 1)] AS availability,
         ${r(9)} % 40 AS stock,
         -- An OEM code is shared by about three products (the same part from several suppliers).
         ARRAY(SELECT lpad((g % 100000)::text, 5, '0') || '-' || upper(substr(md5(g::text), 1, 5))
               FROM (SELECT abs(hashint4(n * 37 + 10 + k)) % 330000 AS g FROM generate_series(1, 1 + ${r(11)} % 3) AS k) AS codes)
           AS oem_codes,
         -- What the fitments below will make the fitment triggers compute, so they find nothing to rewrite.
         ARRAY(SELECT DISTINCT key FROM generate_series(0, ${r(13)} % 4) AS k,
               LATERAL (SELECT (${r(3)} + k * 7) % array_length(v.makes, 1) AS vi) AS pick,
               LATERAL (VALUES (syncar_fold(v.makes[1 + pick.vi])),
                               (syncar_fold(v.makes[1 + pick.vi]) || '|' || syncar_fold(v.models[1 + pick.vi]))) AS keys(key)
               ORDER BY key)
           AS vehicle_keys
     ) AS p
     JOIN supplier AS s ON s.i = n % $8
     JOIN category AS c ON c.supplier_id = s.id AND c.i = ${r(12)} % $9`,
      [
        i * share + 1,
        PART_TYPES,
        QUALIFIERS,
        VEHICLES.map((v) => v[0]),
        VEHICLES.map((v) => v[1]),
        BRANDS,
        AVAILABILITY,
        SUPPLIERS,
        CATEGORIES_PER_SUPPLIER,
        Math.min(count, (i + 1) * share),
      ],
    ),
  );
  log(`products: ${count.toLocaleString('en')} rows in ${seconds(started)}`);

  started = performance.now();
  // Fitments: the vehicle in the name, plus up to three more; years closed, open-ended or open-started.
  await inParallel(clients, (each, i) =>
    each.query(
      `WITH vocabulary AS (SELECT $1::text[] AS makes, $2::text[] AS models)
     INSERT INTO product_fitments (product_id, position, make, model, year_from, year_to)
     SELECT p.id, k, v.makes[1 + vi], v.models[1 + vi],
       CASE WHEN abs(hashint4(n * 41 + k)) % 10 = 0 THEN NULL ELSE 1995 + abs(hashint4(n * 43 + k)) % 25 END,
       CASE WHEN abs(hashint4(n * 47 + k)) % 5 = 0 THEN NULL
            ELSE 1995 + abs(hashint4(n * 43 + k)) % 25 + abs(hashint4(n * 53 + k)) % 12 END
     FROM (SELECT id, split_part(sku, '-', 2)::int AS n FROM products) AS p
     CROSS JOIN vocabulary AS v
     CROSS JOIN LATERAL generate_series(0, abs(hashint4(p.n * 37 + 13)) % 4) AS k
     CROSS JOIN LATERAL (SELECT (abs(hashint4(p.n * 37 + 3)) + k * 7) % array_length(v.makes, 1) AS vi) AS pick
     WHERE p.n % $3 = $4`,
      [VEHICLES.map((v) => v[0]), VEHICLES.map((v) => v[1]), clients.length, i],
    ),
  );
  const fitments = await client.query<{ count: string }>('SELECT count(*) FROM product_fitments');
  log(`fitments: ${Number(fitments.rows[0]!.count).toLocaleString('en')} rows in ${seconds(started)}`);

  started = performance.now();
  // Each connection builds its share of the indexes, one after another.
  await inParallel(clients, async (each, i) => {
    for (const [n, { definition }] of indexes.rows.entries())
      if (n % clients.length === i) await each.query(definition);
  });
  log(`indexes: ${indexes.rows.length} rebuilt in ${seconds(started)}`);
  started = performance.now();
  await client.query('VACUUM ANALYZE products, product_fitments, search_words, suppliers, categories');
  log(`vacuum analyze in ${seconds(started)}`);
}

const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;
