-- Seeds the outcome measures of the field and the default exclusion reasons, so every new and
-- upgraded project can record results without setting up a catalogue first.

INSERT INTO outcome_measure (code, name, unit, kind, minimum, maximum, direction, description) VALUES
 ('mRSS', 'Modified Rodnan skin score', 'points', 'continuous', 0, 51, 'lower-is-better',
  'Skin thickness by palpation at 17 body areas, each scored 0-3.'),
 ('FVC', 'Forced vital capacity', '% predicted', 'continuous', 0, NULL, 'higher-is-better',
  'Lung volume on spirometry, as percent of the predicted value.'),
 ('DLCO', 'Diffusing capacity for carbon monoxide', '% predicted', 'continuous', 0, NULL, 'higher-is-better',
  'Gas transfer of the lung, as percent of the predicted value.'),
 ('HAQ-DI', 'Health Assessment Questionnaire Disability Index', 'points', 'continuous', 0, 3, 'lower-is-better',
  'Self-reported physical function across eight domains.'),
 ('OS', 'Overall survival', '%', 'time-to-event', 0, 100, 'higher-is-better',
  'Patients alive at the timepoint.'),
 ('EFS', 'Event-free survival', '%', 'time-to-event', 0, 100, 'higher-is-better',
  'Patients alive without major organ failure at the timepoint.'),
 ('TRM', 'Treatment-related mortality', 'events', 'binary', 0, NULL, 'lower-is-better',
  'Deaths attributed to the treatment.'),
 ('DEATH', 'All-cause mortality', 'events', 'binary', 0, NULL, 'lower-is-better',
  'Deaths from any cause during follow-up.'),
 ('AE', 'Adverse events', 'events', 'binary', 0, NULL, 'lower-is-better',
  'Patients with at least one adverse event.'),
 ('SAE', 'Serious adverse events', 'events', 'binary', 0, NULL, 'lower-is-better',
  'Patients with at least one serious adverse event.'),
 ('RCS', 'Raynaud condition score', 'points', 'continuous', 0, 10, 'lower-is-better',
  'Patient-rated difficulty from Raynaud attacks.'),
 ('DU', 'Digital ulcers', 'patients', 'binary', 0, NULL, 'lower-is-better',
  'Patients with active digital ulcers.'),
 ('CHFS', 'Cochin Hand Function Scale', 'points', 'continuous', 0, 90, 'lower-is-better',
  'Patient-reported hand function questionnaire.'),
 ('EScSG', 'EScSG / EUSTAR disease activity index', 'points', 'continuous', 0, 10, 'lower-is-better',
  'Composite disease activity index for systemic sclerosis.');

INSERT INTO exclusion_reason (label, position) VALUES
 ('Wrong population', 1),
 ('Wrong intervention', 2),
 ('Wrong comparator', 3),
 ('Wrong outcome', 4),
 ('Wrong study design', 5),
 ('Not primary research', 6),
 ('Duplicate', 7),
 ('Not retrievable', 8),
 ('Other', 9);
