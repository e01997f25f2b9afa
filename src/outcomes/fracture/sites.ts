/**
 * Fracture endpoints. Components have their own hazard; composites are the first event among their components (their
 * hazard is the sum of the components' hazards: sites are independent processes, an assumption).
 *
 * - hip; clinicalVertebral (comes to clinical attention); morphometricVertebral (new deformity on a radiograph, clinical
 *   or not, the trials' "new vertebral fracture"); forearm (distal); humerus (proximal); otherNonVertebral (pelvis,
 *   ribs, ankle, clavicle and other sites counted as non-vertebral in trials, skull, face, fingers and toes excluded).
 * - nonVertebral = hip + forearm + humerus + otherNonVertebral; anyClinical = nonVertebral + clinicalVertebral;
 *   majorOsteoporotic (FRAX MOF) = hip + clinicalVertebral + forearm + humerus.
 */
export type FractureComponent = 'hip' | 'clinicalVertebral' | 'morphometricVertebral' | 'forearm' | 'humerus' | 'otherNonVertebral';
export type FractureComposite = 'nonVertebral' | 'anyClinical' | 'majorOsteoporotic';
export type FractureSite = FractureComponent | FractureComposite;

export const FRACTURE_COMPONENTS: readonly FractureComponent[] = ['hip', 'clinicalVertebral', 'morphometricVertebral', 'forearm', 'humerus', 'otherNonVertebral'];
export const FRACTURE_COMPOSITES: readonly FractureComposite[] = ['nonVertebral', 'anyClinical', 'majorOsteoporotic'];
export const FRACTURE_SITES: readonly FractureSite[] = [...FRACTURE_COMPONENTS, ...FRACTURE_COMPOSITES];

export const COMPOSITE_PARTS: Readonly<Record<FractureComposite, readonly FractureComponent[]>> = {
  nonVertebral: ['hip', 'forearm', 'humerus', 'otherNonVertebral'],
  anyClinical: ['hip', 'forearm', 'humerus', 'otherNonVertebral', 'clinicalVertebral'],
  majorOsteoporotic: ['hip', 'clinicalVertebral', 'forearm', 'humerus'],
};

/** Which T-score drives a component's BMD term. */
export const BMD_SITE_OF: Readonly<Record<FractureComponent, 'totalHip' | 'lumbarSpine'>> = {
  hip: 'totalHip',
  clinicalVertebral: 'lumbarSpine',
  morphometricVertebral: 'lumbarSpine',
  forearm: 'totalHip',
  humerus: 'totalHip',
  otherNonVertebral: 'totalHip',
};

export const isVertebral = (c: FractureComponent): boolean => c === 'clinicalVertebral' || c === 'morphometricVertebral';
