/**
 * The fact table: literal text a reader must see on a page of the real build.
 * Hand-written from the sources, never generated from content/, so a slip in
 * content or in rendering shows up as a failure here.
 */
export type Fact =
  | string
  /** A number that is too common to find on its own ('8' is on most pages): it must be in the entry under this label. */
  | { readonly label: string; readonly shows: string };

export const facts: Record<string, Fact[]> = {
  '/reviews/cosi-trial/': ['ISRCTN18308962', '371', '3,171', '248', '123', '194', '100', '6.5', '134', '73', '99', 'NIHR131339', '10.1016/S2215-0366(25)00263-9', '10.1186/s13063-023-07194-3', 'CORE-OM'],
  '/reviews/yaholkoski-2016/': ['0.65', '0.60', '0.53', '0.98', 'p = .003', 'p = .012', 'p < .001', '10.1080/15289168.2016.1163161'],
  '/reviews/wright-2023/': ['0.54 [0.39, 0.77]', '1.85', '734', '61', '10.3310/IVCN8847'],
  '/interventions/cos-p/': ['Circle of Security Parenting', '10–20', '£700', '£630', { label: 'How long', shows: '8 weeks' }, 'strongest'],
  '/reviews/axford-2015/': ['Public Health England', 'Healthy Child Programme'],
  '/reviews/mortensen-2014/': ['0.23', '6,807', '18', '19', '10.1002/imhj.21451'],
  '/reviews/kersten-alvarez-2011/': ['0.32', '0.85', 'g = 0.00', '918', '10.1002/imhj.20301'],
  '/reviews/bennett-2013/': ['34', '10.1002/14651858.CD005038.pub3'],
  '/reviews/fukkink-2008/': ['0.47', '0.33', '1,844', '29', '10.1016/j.cpr.2008.01.003'],
  '/reviews/nievar-2010/': ['0.37', '6,453', '29', '35'],
  '/reviews/barlow-2015/': ['846', '10.1002/14651858.CD010534.pub2'],
  '/reviews/bakermans-kranenburg-2003/': ['0.33', '0.20', '7,636', '1,503', '70', '88', '10.1037/0033-2909.129.2.195'],
  '/reviews/van-ijzendoorn-2022/': ['0.18', '0.16', '0.23', '0.07', '25', '2,000', '10.1017/S0954579421001462'],
  '/reviews/ofarrelly-2021/': ['300', '151', '149', '10.1001/jamapediatrics.2020.6834'],
  '/reviews/facompre-2017/': ['0.35 [0.10, 0.61]', '1,360', '16'],
  '/reviews/ohara-2019/': ['0.04 [−0.33, 0.42]', '1,889', '22'],
  '/reviews/cassidy-2017/': ['141', '75', '66'],
  '/reviews/spencer-2020/': ['28', '127', '10.1037/fam0000605'],
  '/reviews/eif-2016-programmes/': ['Family Foundations', 'Family Nurse Partnership', 'Child First', 'Social Baby'],
  '/interventions/vipp-sd/': ['Video-feedback Intervention to promote Positive Parenting', 'VIPP-SD', 'strongest', '0.18', '0.23'],
  '/interventions/abc/': ['Attachment and Biobehavioral Catch-up', 'strongest'],
  '/interventions/parent-infant-psychotherapy/': ['Parent–infant psychotherapy', 'strongest'],
  '/interventions/child-parent-psychotherapy/': ['Child–parent psychotherapy', 'Intermediate evidence base', 'Initial evidence'],
  '/interventions/video-interaction-guidance/': ['Video Interaction Guidance', 'Intermediate evidence base'],
  '/interventions/dyadic-developmental-psychotherapy/': ['Dyadic Developmental Psychotherapy', 'Weak evidence base'],
  '/interventions/watch-wait-and-wonder/': ['Watch, Wait and Wonder', 'Weak evidence base', '8th'],
  '/interventions/theraplay/': ['Theraplay', 'Weak evidence base'],
  '/interventions/individual-child-psychotherapy/': ['Individual child psychotherapy', 'Weak evidence base'],
  '/interventions/family-foundations/': ['Family Foundations', '9', 'Established evidence', '1 of 5'],
  '/interventions/family-nurse-partnership/': ['Family Nurse Partnership', '64', 'QCF Level 6', 'Established evidence', '5 of 5'],
  '/interventions/child-first/': ['Child First', '45–90', '6–12', 'Initial evidence', '5 of 5'],
  '/interventions/social-baby/': ['Social Baby', 'NBAS', 'No effect', { label: 'Who it is for', shows: '20-week pregnancy scan' }],
  '/interventions/infant-massage/': ['Infant massage', '0.85'],
  '/interventions/video-feedback/': ['Video feedback', '10 minutes', '0.47', '0.04 [−0.33, 0.42]'],
  '/interventions/home-visiting/': ['Home visiting', 'paraprofessionals', '0.37'],
  '/interventions/relationship-based-parenting-interventions/': ['Relationship-based parenting interventions', 'Family Check-Up', '0.23'],
  '/interventions/sensitivity-focused-interventions/': ['Sensitivity-focused interventions', 'Cicchetti', '0.32'],
  '/interventions/online-parenting-programmes/': ['Online parenting programmes'],
  '/interventions/parenting-interventions/': ['Parenting interventions', '0.54 [0.39, 0.77]', '0.35 [0.10, 0.61]', '0.33'],
  '/interventions/maternal-therapy/': ['Individual therapy for the mother'],
  '/outcomes/attachment-security/': ['Strange Situation Procedure', 'Attachment Q-Sort'],
  '/outcomes/parent-child-interaction/': ['Free-play tasks'],
  '/outcomes/parental-mental-health/': ['CORE-OM'],
  '/events/eypr-2016/': ['12 July 2016'],
};
