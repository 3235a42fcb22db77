/**
 * The fact table: literal text a reader must see on a page of the real build.
 * Hand-written from the sources, never generated from content/, so a slip in
 * content or in rendering shows up as a failure here.
 */
export const facts: Record<string, string[]> = {
  '/reviews/cosi-trial/': ['ISRCTN18308962', '371', '3,171', '248', '123', '194', '100', '6.5', '134', '73', '99', 'NIHR131339', '10.1016/S2215-0366(25)00263-9', '10.1186/s13063-023-07194-3', 'CORE-OM'],
  '/reviews/yaholkoski-2016/': ['0.65', '0.60', '0.53', '0.98', 'p = .003', 'p = .012', 'p < .001', '10.1080/15289168.2016.1163161'],
  '/reviews/wright-2023/': ['0.54 [0.39, 0.77]', '1.85', '734', '61', '10.3310/IVCN8847'],
  '/interventions/cos-p/': ['Circle of Security Parenting', '10–20', '£700', '£630', '8', 'strongest'],
  '/outcomes/parental-mental-health/': ['CORE-OM'],
  '/events/eypr-2016/': ['12 July 2016'],
};
