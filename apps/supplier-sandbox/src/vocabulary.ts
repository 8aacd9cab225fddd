/**
 * The words the catalog generator draws from: product lines, brands, specifications and vehicles as a Chilean
 * auto-parts distributor would list them. Only data lives here; catalog.ts decides how to combine it.
 */

export interface SpecDef {
  name: string;
  values: readonly string[];
}

export interface PartGroup {
  brands: readonly string[];
  specs: readonly SpecDef[];
}

export const PART_GROUPS = {
  brakes: {
    brands: ['Frasle', 'Bosch', 'Brembo', 'TRW', 'Jurid', 'Ferodo'],
    specs: [
      { name: 'Material', values: ['Semimetálica', 'Cerámica', 'Orgánica'] },
      { name: 'Sensor de desgaste', values: ['Incluido', 'No incluido'] },
    ],
  },
  filters: {
    brands: ['Mann-Filter', 'Bosch', 'Wix', 'Mahle', 'Sakura', 'Fram'],
    specs: [
      { name: 'Altura', values: ['65 mm', '86 mm', '101 mm', '142 mm', '178 mm'] },
      { name: 'Tipo', values: ['Enroscable', 'Cartucho', 'Panel', 'En línea'] },
    ],
  },
  suspension: {
    brands: ['Monroe', 'KYB', 'Sachs', 'Gabriel', 'Cofap'],
    specs: [
      { name: 'Tipo', values: ['Gas', 'Hidráulico'] },
      { name: 'Largo extendido', values: ['385 mm', '420 mm', '475 mm', '512 mm'] },
    ],
  },
  ignition: {
    brands: ['NGK', 'Denso', 'Bosch', 'Champion', 'Delphi'],
    specs: [
      { name: 'Electrodo', values: ['Cobre', 'Platino', 'Iridio'] },
      { name: 'Rosca', values: ['M12x1,25', 'M14x1,25'] },
    ],
  },
  timing: {
    brands: ['Gates', 'Dayco', 'Contitech', 'SKF', 'INA'],
    specs: [
      { name: 'Número de dientes', values: ['97', '107', '113', '123', '137'] },
      { name: 'Ancho', values: ['19 mm', '22 mm', '25,4 mm', '30 mm'] },
    ],
  },
  cooling: {
    brands: ['Valeo', 'Nissens', 'GMB', 'Aisin', 'Gates'],
    specs: [
      { name: 'Material', values: ['Aluminio', 'Cobre', 'Plástico y aluminio'] },
      { name: 'Temperatura de apertura', values: ['82 °C', '88 °C', '92 °C'] },
    ],
  },
  electrical: {
    brands: ['Bosch', 'Valeo', 'Denso', 'Hella', 'Mitsuba'],
    specs: [
      { name: 'Voltaje', values: ['12 V', '24 V'] },
      { name: 'Amperaje', values: ['70 A', '90 A', '120 A', '150 A'] },
    ],
  },
  batteries: {
    brands: ['Bosch', 'Varta', 'ACDelco', 'Hankook', 'Exide'],
    specs: [
      { name: 'Capacidad', values: ['45 Ah', '55 Ah', '70 Ah', '90 Ah'] },
      { name: 'Corriente de arranque', values: ['430 A', '540 A', '680 A', '800 A'] },
      { name: 'Polaridad', values: ['Positivo derecho', 'Positivo izquierdo'] },
    ],
  },
  lighting: {
    brands: ['Hella', 'Philips', 'Osram', 'Depo', 'TYC'],
    specs: [
      { name: 'Tecnología', values: ['Halógeno', 'LED', 'Xenón'] },
      { name: 'Certificación', values: ['DOT', 'ECE', 'SAE'] },
    ],
  },
  body: {
    brands: ['Depo', 'TYC', 'Fitam', 'Bosch', 'Valeo'],
    specs: [
      { name: 'Color', values: ['Negro', 'Para pintar', 'Cromado'] },
      { name: 'Ajuste', values: ['Manual', 'Eléctrico'] },
    ],
  },
  steering: {
    brands: ['TRW', 'Moog', 'CTR', '555', 'Lemförder'],
    specs: [
      { name: 'Rosca', values: ['M12x1,25', 'M14x1,5', 'M16x1,5'] },
      { name: 'Incluye tuerca', values: ['Sí', 'No'] },
    ],
  },
  bearings: {
    brands: ['SKF', 'NSK', 'Koyo', 'FAG', 'Timken'],
    specs: [
      { name: 'Diámetro interior', values: ['35 mm', '40 mm', '42 mm', '45 mm'] },
      { name: 'Sensor ABS', values: ['Integrado', 'Sin sensor'] },
    ],
  },
  engine: {
    brands: ['Victor Reinz', 'Elring', 'Corteco', 'Sabó', 'Mahle'],
    specs: [
      { name: 'Material', values: ['Multilámina metálica', 'Fibra', 'Caucho nitrilo (NBR)', 'Silicona'] },
    ],
  },
  clutch: {
    brands: ['Valeo', 'LuK', 'Sachs', 'Exedy'],
    specs: [{ name: 'Diámetro', values: ['200 mm', '215 mm', '225 mm', '240 mm', '275 mm'] }],
  },
  fuel: {
    brands: ['Bosch', 'Delphi', 'Denso', 'Airtex'],
    specs: [{ name: 'Combustible', values: ['Diésel', 'Bencina'] }],
  },
  lubricants: {
    brands: ['Mobil', 'Castrol', 'Shell', 'Liqui Moly', 'Motul'],
    specs: [
      { name: 'Viscosidad', values: ['5W-30', '10W-40', '15W-40', '5W-40'] },
      { name: 'Formato', values: ['1 L', '4 L', '5 L'] },
    ],
  },
} satisfies Record<string, PartGroup>;

export type PartGroupName = keyof typeof PART_GROUPS;

/** Specifications every product may carry besides its group's own. */
export const ORIGINS = [
  'Alemania',
  'Brasil',
  'Japón',
  'Corea del Sur',
  'China',
  'España',
  'México',
  'Italia',
];
export const WARRANTIES = ['3 meses', '6 meses', '12 meses'];

export interface CategoryDef {
  name: string;
  /** The singular noun that starts a product name. */
  item: string;
  variants: readonly string[];
  group: PartGroupName;
  /** Price range in thousands of pesos; a price is k * 1.000 - 10, so it always ends in 990. */
  price: readonly [number, number];
  /** Sold for any vehicle: such products have no fitment rows. */
  universal?: boolean;
}

/** In catalog order: the first N are a catalog's N categories (CAT-001 is 'Pastillas de freno'). */
export const CATEGORY_DEFS: readonly CategoryDef[] = [
  {
    name: 'Pastillas de freno',
    item: 'Pastilla de freno',
    variants: ['delantera', 'trasera'],
    group: 'brakes',
    price: [12, 90],
  },
  {
    name: 'Discos de freno',
    item: 'Disco de freno',
    variants: ['delantero ventilado', 'delantero sólido', 'trasero'],
    group: 'brakes',
    price: [25, 160],
  },
  { name: 'Filtros de aceite', item: 'Filtro de aceite', variants: [], group: 'filters', price: [2, 15] },
  { name: 'Filtros de aire', item: 'Filtro de aire', variants: [], group: 'filters', price: [6, 35] },
  {
    name: 'Amortiguadores',
    item: 'Amortiguador',
    variants: ['delantero', 'trasero'],
    group: 'suspension',
    price: [25, 150],
  },
  {
    name: 'Bujías',
    item: 'Bujía',
    variants: ['de iridio', 'de platino', 'estándar'],
    group: 'ignition',
    price: [3, 25],
  },
  {
    name: 'Correas de distribución',
    item: 'Correa de distribución',
    variants: [],
    group: 'timing',
    price: [12, 70],
  },
  { name: 'Bombas de agua', item: 'Bomba de agua', variants: [], group: 'cooling', price: [25, 150] },
  {
    name: 'Embragues',
    item: 'Kit de embrague',
    variants: ['con volante', 'sin volante'],
    group: 'clutch',
    price: [90, 480],
  },
  {
    name: 'Rodamientos',
    item: 'Rodamiento de rueda',
    variants: ['delantero', 'trasero'],
    group: 'bearings',
    price: [15, 90],
  },
  {
    name: 'Radiadores',
    item: 'Radiador',
    variants: ['transmisión manual', 'transmisión automática'],
    group: 'cooling',
    price: [80, 420],
  },
  { name: 'Termostatos', item: 'Termostato', variants: [], group: 'cooling', price: [8, 45] },
  {
    name: 'Baterías',
    item: 'Batería',
    variants: ['12 V 45 Ah', '12 V 70 Ah', '12 V 90 Ah'],
    group: 'batteries',
    price: [55, 260],
    universal: true,
  },
  { name: 'Alternadores', item: 'Alternador', variants: [], group: 'electrical', price: [120, 600] },
  {
    name: 'Motores de partida',
    item: 'Motor de partida',
    variants: [],
    group: 'electrical',
    price: [110, 550],
  },
  {
    name: 'Filtros de combustible',
    item: 'Filtro de combustible',
    variants: ['diésel', 'bencina'],
    group: 'filters',
    price: [6, 45],
  },
  {
    name: 'Filtros de habitáculo',
    item: 'Filtro de habitáculo',
    variants: ['con carbón activado', 'estándar'],
    group: 'filters',
    price: [5, 30],
  },
  {
    name: 'Señalizadores',
    item: 'Señalizador',
    variants: ['delantero izquierdo', 'delantero derecho', 'lateral'],
    group: 'lighting',
    price: [6, 40],
  },
  {
    name: 'Piñones de distribución',
    item: 'Piñón de cigüeñal',
    variants: [],
    group: 'timing',
    price: [15, 80],
  },
  {
    name: 'Kits de distribución',
    item: 'Kit de distribución',
    variants: ['con bomba de agua', 'sin bomba de agua'],
    group: 'timing',
    price: [60, 350],
  },
  {
    name: 'Muñones',
    item: 'Muñón',
    variants: ['delantero izquierdo', 'delantero derecho'],
    group: 'steering',
    price: [45, 220],
  },
  { name: 'Rótulas', item: 'Rótula', variants: ['inferior', 'superior'], group: 'steering', price: [10, 55] },
  {
    name: 'Terminales de dirección',
    item: 'Terminal de dirección',
    variants: ['izquierdo', 'derecho'],
    group: 'steering',
    price: [9, 45],
  },
  {
    name: 'Cremalleras de dirección',
    item: 'Cremallera de dirección',
    variants: ['hidráulica', 'mecánica'],
    group: 'steering',
    price: [250, 900],
  },
  {
    name: 'Homocinéticas',
    item: 'Homocinética',
    variants: ['lado rueda', 'lado caja'],
    group: 'steering',
    price: [35, 190],
  },
  {
    name: 'Bandejas de suspensión',
    item: 'Bandeja de suspensión',
    variants: ['inferior izquierda', 'inferior derecha'],
    group: 'suspension',
    price: [30, 180],
  },
  {
    name: 'Bujes de suspensión',
    item: 'Buje de bandeja',
    variants: ['delantero', 'trasero'],
    group: 'suspension',
    price: [3, 25],
  },
  {
    name: 'Cazoletas',
    item: 'Cazoleta de amortiguador',
    variants: ['delantera', 'trasera'],
    group: 'suspension',
    price: [12, 60],
  },
  {
    name: 'Espirales',
    item: 'Espiral de suspensión',
    variants: ['delantero', 'trasero'],
    group: 'suspension',
    price: [25, 110],
  },
  {
    name: 'Bieletas',
    item: 'Bieleta de barra estabilizadora',
    variants: ['delantera', 'trasera'],
    group: 'suspension',
    price: [8, 40],
  },
  {
    name: 'Bobinas de encendido',
    item: 'Bobina de encendido',
    variants: [],
    group: 'ignition',
    price: [25, 140],
  },
  {
    name: 'Cables de bujía',
    item: 'Juego de cables de bujía',
    variants: [],
    group: 'ignition',
    price: [12, 60],
  },
  {
    name: 'Sensores de oxígeno',
    item: 'Sensor de oxígeno',
    variants: ['pre catalizador', 'post catalizador'],
    group: 'electrical',
    price: [30, 160],
  },
  {
    name: 'Ampolletas',
    item: 'Ampolleta',
    variants: ['H4', 'H7', 'H11', 'H1'],
    group: 'lighting',
    price: [2, 25],
    universal: true,
  },
  {
    name: 'Focos delanteros',
    item: 'Foco delantero',
    variants: ['izquierdo', 'derecho'],
    group: 'lighting',
    price: [45, 380],
  },
  {
    name: 'Espejos retrovisores',
    item: 'Espejo retrovisor',
    variants: ['izquierdo', 'derecho'],
    group: 'body',
    price: [25, 180],
  },
  {
    name: 'Plumillas limpiaparabrisas',
    item: 'Plumilla limpiaparabrisas',
    variants: ['de 16"', 'de 18"', 'de 20"', 'de 22"'],
    group: 'body',
    price: [4, 20],
    universal: true,
  },
  {
    name: 'Empaquetaduras',
    item: 'Empaquetadura de culata',
    variants: [],
    group: 'engine',
    price: [12, 120],
  },
  {
    name: 'Retenes',
    item: 'Retén de cigüeñal',
    variants: ['delantero', 'trasero'],
    group: 'engine',
    price: [3, 20],
  },
  {
    name: 'Lubricantes y aceites',
    item: 'Aceite de motor',
    variants: ['sintético', 'semisintético', 'mineral'],
    group: 'lubricants',
    price: [15, 75],
    universal: true,
  },
  {
    name: 'Soportes de motor',
    item: 'Soporte de motor',
    variants: ['izquierdo', 'derecho', 'trasero'],
    group: 'engine',
    price: [15, 85],
  },
  {
    name: 'Bombas de combustible',
    item: 'Bomba de combustible',
    variants: ['eléctrica', 'mecánica'],
    group: 'fuel',
    price: [35, 220],
  },
  { name: 'Inyectores', item: 'Inyector', variants: ['diésel', 'bencina'], group: 'fuel', price: [60, 450] },
  {
    name: 'Mangueras de radiador',
    item: 'Manguera de radiador',
    variants: ['superior', 'inferior'],
    group: 'cooling',
    price: [6, 35],
  },
  { name: 'Tapas de radiador', item: 'Tapa de radiador', variants: [], group: 'cooling', price: [3, 15] },
  {
    name: 'Electroventiladores',
    item: 'Electroventilador',
    variants: [],
    group: 'cooling',
    price: [60, 280],
  },
  {
    name: 'Tambores de freno',
    item: 'Tambor de freno',
    variants: ['trasero'],
    group: 'brakes',
    price: [30, 120],
  },
  {
    name: 'Cilindros de freno',
    item: 'Cilindro de freno',
    variants: ['de rueda', 'maestro'],
    group: 'brakes',
    price: [8, 70],
  },
];

export interface ModelDef {
  model: string;
  /** First and last model year sold in Chile; null = still on sale. */
  years: readonly [number, number | null];
  engines: readonly string[];
}

export interface MakeDef {
  make: string;
  models: readonly ModelDef[];
}

/** The latest model year fitments mention. */
export const CURRENT_MODEL_YEAR = 2025;

export const MAKES: readonly MakeDef[] = [
  {
    make: 'Toyota',
    models: [
      { model: 'Hilux', years: [2005, null], engines: ['2.4 D-4D', '2.5 D-4D', '2.7 VVT-i', '3.0 D-4D'] },
      { model: 'Yaris', years: [2006, null], engines: ['1.3 VVT-i', '1.5 VVT-i'] },
      { model: 'Corolla', years: [2002, null], engines: ['1.6', '1.8', '2.0'] },
      { model: 'RAV4', years: [2006, null], engines: ['2.0', '2.4', '2.5'] },
    ],
  },
  {
    make: 'Nissan',
    models: [
      { model: 'Navara', years: [2008, null], engines: ['2.3 dCi', '2.5 dCi', '4.0 V6'] },
      { model: 'Versa', years: [2012, null], engines: ['1.6'] },
      { model: 'Sentra', years: [2007, null], engines: ['1.8', '2.0'] },
      { model: 'X-Trail', years: [2008, null], engines: ['2.0', '2.5'] },
      { model: 'Terrano', years: [2002, 2015], engines: ['2.4', '2.7 TD', '3.0 TDI'] },
    ],
  },
  {
    make: 'Chevrolet',
    models: [
      { model: 'Sail', years: [2011, null], engines: ['1.4', '1.5'] },
      { model: 'Spark', years: [2006, 2022], engines: ['1.0', '1.2'] },
      { model: 'Aveo', years: [2006, 2018], engines: ['1.4', '1.6'] },
      { model: 'D-Max', years: [2006, 2020], engines: ['2.5 TD', '3.0 TD', '3.5 V6'] },
      { model: 'Colorado', years: [2012, null], engines: ['2.8 TD'] },
    ],
  },
  {
    make: 'Hyundai',
    models: [
      { model: 'Accent', years: [2006, null], engines: ['1.4', '1.6', '1.5 CRDi'] },
      { model: 'Tucson', years: [2005, null], engines: ['2.0', '2.0 CRDi'] },
      { model: 'Santa Fe', years: [2006, null], engines: ['2.2 CRDi', '2.4', '3.5 V6'] },
      { model: 'Elantra', years: [2007, null], engines: ['1.6', '2.0'] },
      { model: 'H-1', years: [2008, null], engines: ['2.5 CRDi'] },
      { model: 'Grand i10', years: [2014, null], engines: ['1.0', '1.2'] },
    ],
  },
  {
    make: 'Kia',
    models: [
      { model: 'Rio', years: [2006, null], engines: ['1.4', '1.6'] },
      { model: 'Morning', years: [2004, null], engines: ['1.0', '1.2'] },
      { model: 'Sportage', years: [2005, null], engines: ['2.0', '2.0 CRDi'] },
      { model: 'Sorento', years: [2009, null], engines: ['2.2 CRDi', '2.4'] },
      { model: 'Frontier', years: [2004, 2020], engines: ['2.5 TCI', '2.7'] },
    ],
  },
  {
    make: 'Suzuki',
    models: [
      { model: 'Swift', years: [2005, null], engines: ['1.2', '1.4'] },
      { model: 'Vitara', years: [2015, null], engines: ['1.6', '1.4 Turbo'] },
      { model: 'Grand Vitara', years: [2005, 2018], engines: ['2.0', '2.4'] },
      { model: 'Baleno', years: [2016, null], engines: ['1.4'] },
      { model: 'Jimny', years: [2005, null], engines: ['1.3', '1.5'] },
      { model: 'Alto', years: [2009, null], engines: ['0.8'] },
    ],
  },
  {
    make: 'Mitsubishi',
    models: [
      { model: 'L200', years: [2006, null], engines: ['2.4 DI-D', '2.5 DI-D'] },
      { model: 'Montero', years: [2007, 2021], engines: ['3.2 DI-D', '3.8 V6'] },
      { model: 'Outlander', years: [2007, null], engines: ['2.0', '2.4'] },
      { model: 'ASX', years: [2011, null], engines: ['2.0'] },
    ],
  },
  {
    make: 'Mazda',
    models: [
      { model: '3', years: [2004, null], engines: ['1.6', '2.0', '2.5'] },
      { model: 'CX-5', years: [2012, null], engines: ['2.0', '2.5', '2.2 D'] },
      { model: 'BT-50', years: [2007, null], engines: ['2.2 TD', '2.5 TD', '3.2 TD'] },
      { model: '2', years: [2008, null], engines: ['1.5'] },
    ],
  },
  {
    make: 'Ford',
    models: [
      { model: 'Ranger', years: [2005, null], engines: ['2.2 TDCi', '2.5', '3.2 TDCi'] },
      { model: 'EcoSport', years: [2013, 2022], engines: ['1.5', '1.6', '2.0'] },
      { model: 'Focus', years: [2005, 2019], engines: ['1.6', '2.0'] },
      { model: 'Explorer', years: [2011, null], engines: ['2.3 EcoBoost', '3.5 V6'] },
      { model: 'F-150', years: [2009, null], engines: ['3.5 V6', '5.0 V8'] },
    ],
  },
  {
    make: 'Peugeot',
    models: [
      { model: '208', years: [2013, null], engines: ['1.2 PureTech', '1.6', '1.6 HDi'] },
      { model: '308', years: [2008, null], engines: ['1.6 HDi', '1.6 THP'] },
      { model: '2008', years: [2014, null], engines: ['1.2 PureTech', '1.6 HDi'] },
      { model: '3008', years: [2010, null], engines: ['1.6 THP', '2.0 HDi'] },
      { model: 'Partner', years: [2004, null], engines: ['1.6 HDi', '1.6'] },
    ],
  },
];
