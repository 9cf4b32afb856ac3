-- Issue 5: demo copies of the real-estate register (ЖМТ МДҚ / ГБД РН, the legal cadastre) and of
-- the "Legal entities" state database (ЗТ МДҚ / ГБД ЮЛ), which the three registry certificates of
-- Order No. 236 (annexes 4–6) answer from. `persons` (0001) stays the Individuals database: every
-- IIN named here references it, every BIN references legal_entities, so a certificate never names
-- a holder or participant the databases do not know.
-- Times are ISO-8601 UTC text (registrations carry a time of day); dates of legal-entity
-- registrations are YYYY-MM-DD. IINs and BINs never collide: an IIN's fifth digit is the first
-- digit of a day (0–3), a BIN's is its type (4–6).

-- The regions a registry certificate is asked for: `code` is the catalogue's option value
-- (src/lib/domain/catalog/shared/registry-request.ts), so the service filters by the answer as is.
CREATE TABLE regions (
	code TEXT PRIMARY KEY,
	cadastral_code TEXT NOT NULL UNIQUE, -- the first group of a cadastral number (two digits)
	kato TEXT NOT NULL UNIQUE,           -- КАТО: the statistical classifier's first two digits
	name_kk TEXT NOT NULL,
	name_ru TEXT NOT NULL
);
-- Cadastral region codes: the list of Government Decree No. 958 (20.09.2003) for the regions of
-- 2003, as far as known here (not checked against the current list); 22–25 are assumed for
-- Shymkent (a city of republican significance since 2018) and the regions formed in 2022.
INSERT INTO regions (code, cadastral_code, kato, name_kk, name_ru) VALUES
	('akmola', '01', '11', 'Ақмола облысы', 'Акмолинская область'),
	('aktobe', '02', '15', 'Ақтөбе облысы', 'Актюбинская область'),
	('almaty-region', '03', '19', 'Алматы облысы', 'Алматинская область'),
	('atyrau', '04', '23', 'Атырау облысы', 'Атырауская область'),
	('east-kazakhstan', '05', '63', 'Шығыс Қазақстан облысы', 'Восточно-Казахстанская область'),
	('zhambyl', '06', '31', 'Жамбыл облысы', 'Жамбылская область'),
	('west-kazakhstan', '07', '27', 'Батыс Қазақстан облысы', 'Западно-Казахстанская область'),
	('karaganda', '09', '35', 'Қарағанды облысы', 'Карагандинская область'),
	('kyzylorda', '10', '43', 'Қызылорда облысы', 'Кызылординская область'),
	('kostanay', '12', '39', 'Қостанай облысы', 'Костанайская область'),
	('mangystau', '13', '47', 'Маңғыстау облысы', 'Мангистауская область'),
	('pavlodar', '14', '55', 'Павлодар облысы', 'Павлодарская область'),
	('north-kazakhstan', '15', '59', 'Солтүстік Қазақстан облысы', 'Северо-Казахстанская область'),
	('turkistan', '19', '61', 'Түркістан облысы', 'Туркестанская область'),
	('almaty', '20', '75', 'Алматы қаласы', 'город Алматы'),
	('astana', '21', '71', 'Астана қаласы', 'город Астана'),
	('shymkent', '22', '79', 'Шымкент қаласы', 'город Шымкент'),
	('abai', '23', '10', 'Абай облысы', 'область Абай'),
	('zhetisu', '24', '33', 'Жетісу облысы', 'область Жетісу'),
	('ulytau', '25', '62', 'Ұлытау облысы', 'область Ұлытау');

-- The Legal entities database. Branches and representative offices are rows here too (kind and
-- parent_bin) rather than design.md's separate `le_branches`: they have their own BIN, RNN, OKPO,
-- registration, head and address, are printed with the same fields, and a right or a
-- participation names them by BIN like any entity.
CREATE TABLE legal_entities (
	bin TEXT PRIMARY KEY,
	kind TEXT NOT NULL CHECK (kind IN ('entity', 'branch', 'representative-office')),
	parent_bin TEXT REFERENCES legal_entities(bin),
	legal_form TEXT NOT NULL,            -- llp (ЖШС/ТОО), jsc (АҚ/АО), state-institution (ММ/ГУ), …
	name_kk TEXT NOT NULL,               -- as registered, e.g. «"Алтын Дала" жауапкершілігі шектеулі серіктестігі»
	name_ru TEXT NOT NULL,
	registering_body_kk TEXT NOT NULL,   -- the justice department that registered it
	registering_body_ru TEXT NOT NULL,
	registration_type TEXT NOT NULL CHECK (registration_type IN ('initial', 're-registration')),
	initial_registered_on TEXT NOT NULL,
	initial_registration_number TEXT NOT NULL,
	last_registered_on TEXT NOT NULL,    -- the last registration or re-registration; = initial when never re-registered
	last_registration_number TEXT NOT NULL, -- as printed after «№», e.g. 18225-1901-ЖШС
	rnn TEXT,                            -- СТТН/РНН: none for entities registered after 2012, when it was abolished
	okpo TEXT,                           -- 8 digits; a branch's is its parent's 8 and 4 of its own
	head_iin TEXT REFERENCES persons(iin),
	head_name_kk TEXT,                   -- the first head as registered (the document prints the name, not the IIN)
	head_name_ru TEXT,
	activity_code TEXT,                  -- ОКЭД (ЭҚЖЖ), five digits
	activity_kk TEXT,
	activity_ru TEXT,
	legal_address_kk TEXT NOT NULL,
	legal_address_ru TEXT NOT NULL,
	region_code TEXT NOT NULL REFERENCES regions(code),
	CHECK ((kind = 'entity') = (parent_bin IS NULL))
);
-- The extract on the branches and representative offices of an entity.
CREATE INDEX legal_entities_by_parent ON legal_entities (parent_bin) WHERE parent_bin IS NOT NULL;

-- Founders and participants: a person (IIN) or another entity (BIN), never both.
CREATE TABLE le_participants (
	id INTEGER PRIMARY KEY,
	entity_bin TEXT NOT NULL REFERENCES legal_entities(bin),
	participant_iin TEXT REFERENCES persons(iin),
	participant_bin TEXT REFERENCES legal_entities(bin),
	name_kk TEXT NOT NULL,               -- as registered
	name_ru TEXT NOT NULL,
	share_num INTEGER,                   -- share in the charter capital; NULL where none is registered
	share_den INTEGER,
	CHECK ((participant_iin IS NULL) <> (participant_bin IS NULL)),
	CHECK ((share_num IS NULL) = (share_den IS NULL) AND (share_den IS NULL OR (share_num > 0 AND share_num <= share_den))),
	CHECK (participant_bin IS NULL OR participant_bin <> entity_bin)
);
-- The entity's founders (and each participant once); the extracts on an individual's and on an
-- entity's participation look the other way.
CREATE UNIQUE INDEX le_participants_by_entity ON le_participants (entity_bin, ifnull(participant_iin, participant_bin));
CREATE INDEX le_participants_by_iin ON le_participants (participant_iin) WHERE participant_iin IS NOT NULL;
CREATE INDEX le_participants_by_bin ON le_participants (participant_bin) WHERE participant_bin IS NOT NULL;

-- Real-estate objects with their technical characteristics (annex 4, table 1).
CREATE TABLE re_objects (
	id INTEGER PRIMARY KEY,
	type TEXT NOT NULL CHECK (type IN ('land-plot', 'building', 'premises', 'structure', 'unfinished-construction')),
	cadastral_number TEXT NOT NULL UNIQUE, -- RR-DDD-QQQ-PPP for a plot; :B for a building on it; /N for premises in it
	purpose_kk TEXT NOT NULL,            -- designated purpose as registered
	purpose_ru TEXT NOT NULL,
	litera TEXT,                         -- the letter on the plan (А, Б1); NULL for land plots
	address_kk TEXT NOT NULL,
	address_ru TEXT NOT NULL,
	address_code TEXT,                   -- the address register's code (РКА), where one is assigned
	components INTEGER,                  -- number of constituent parts (house, garage, shed …)
	storeys INTEGER,                     -- storeys of the building
	storey INTEGER,                      -- the storey premises are on
	total_area REAL,                     -- m² (land plots too; the document may print hectares)
	volume REAL,                         -- m³
	length REAL,                         -- m, for linear structures
	useful_area REAL,                    -- m²
	divisible INTEGER CHECK (divisible IN (0, 1)), -- land plots only: «Бөлінуі (ЖУ)»
	note_kk TEXT,
	note_ru TEXT,
	region_code TEXT NOT NULL REFERENCES regions(code)
);

-- Registered rights, current and terminated (annex 4 table 2; annex 5 "previously registered").
-- A right's holder is a person or an entity. Ownership is sole, common shared (with a share) or
-- common joint (spouses: no shares).
CREATE TABLE re_rights (
	id INTEGER PRIMARY KEY,
	object_id INTEGER NOT NULL REFERENCES re_objects(id),
	type TEXT NOT NULL CHECK (type IN ('ownership', 'permanent-land-use', 'temporary-land-use', 'economic-management',
	                                   'operational-management')),
	content_kk TEXT NOT NULL,            -- e.g. иелену, пайдалану, билік ету
	content_ru TEXT NOT NULL,
	holder_iin TEXT REFERENCES persons(iin),
	holder_bin TEXT REFERENCES legal_entities(bin),
	holder_name_kk TEXT NOT NULL,        -- as registered at the time (a name may change later)
	holder_name_ru TEXT NOT NULL,
	ownership_form TEXT NOT NULL CHECK (ownership_form IN ('sole', 'shared', 'joint')),
	share_num INTEGER,
	share_den INTEGER,
	basis_kk TEXT NOT NULL,              -- the title document, e.g. a purchase contract with its date and number
	basis_ru TEXT NOT NULL,
	registered_at TEXT NOT NULL,
	termination_basis_kk TEXT,           -- set together with terminated_at when the right ends
	termination_basis_ru TEXT,
	terminated_at TEXT,
	CHECK ((holder_iin IS NULL) <> (holder_bin IS NULL)),
	CHECK ((ownership_form = 'shared') = (share_num IS NOT NULL) AND (share_num IS NULL) = (share_den IS NULL)),
	CHECK (share_den IS NULL OR (share_num > 0 AND share_num < share_den)),
	CHECK ((terminated_at IS NULL) = (termination_basis_kk IS NULL) AND (terminated_at IS NULL) = (termination_basis_ru IS NULL))
);
-- A holder's current rights (terminated_at IS NULL) and previous ones (IS NOT NULL), by IIN or BIN.
CREATE INDEX re_rights_by_holder_iin ON re_rights (holder_iin, terminated_at) WHERE holder_iin IS NOT NULL;
CREATE INDEX re_rights_by_holder_bin ON re_rights (holder_bin, terminated_at) WHERE holder_bin IS NOT NULL;
-- Every right on an object (the co-owners on a certificate).
CREATE INDEX re_rights_by_object ON re_rights (object_id, terminated_at);

-- Registered encumbrances (annex 4 table 3): mortgage, arrest, lease … The interested party is
-- a person, an entity (a bank) or an authority (a court, an enforcement department: entities
-- too), or only a name when the register holds no number for it.
CREATE TABLE re_encumbrances (
	id INTEGER PRIMARY KEY,
	object_id INTEGER NOT NULL REFERENCES re_objects(id),
	type TEXT NOT NULL CHECK (type IN ('mortgage', 'arrest', 'prohibition', 'lease', 'trust-management', 'servitude')),
	content_kk TEXT NOT NULL,
	content_ru TEXT NOT NULL,
	party_name_kk TEXT NOT NULL,
	party_name_ru TEXT NOT NULL,
	party_iin TEXT REFERENCES persons(iin),
	party_bin TEXT REFERENCES legal_entities(bin),
	share_num INTEGER,                   -- when it weighs on one co-owner's share only
	share_den INTEGER,
	basis_kk TEXT NOT NULL,
	basis_ru TEXT NOT NULL,
	registered_at TEXT NOT NULL,
	termination_basis_kk TEXT,
	termination_basis_ru TEXT,
	terminated_at TEXT,
	CHECK (party_iin IS NULL OR party_bin IS NULL),
	CHECK ((share_num IS NULL) = (share_den IS NULL) AND (share_den IS NULL OR (share_num > 0 AND share_num < share_den))),
	CHECK ((terminated_at IS NULL) = (termination_basis_kk IS NULL) AND (terminated_at IS NULL) = (termination_basis_ru IS NULL))
);
CREATE INDEX re_encumbrances_by_object ON re_encumbrances (object_id, terminated_at);

-- Legal claims and transactions that give rise to no right or encumbrance (annex 4 table 4).
CREATE TABLE re_claims (
	id INTEGER PRIMARY KEY,
	object_id INTEGER NOT NULL REFERENCES re_objects(id),
	type TEXT NOT NULL CHECK (type IN ('claim', 'transaction')),
	content_kk TEXT NOT NULL,
	content_ru TEXT NOT NULL,
	applicant_name_kk TEXT NOT NULL,
	applicant_name_ru TEXT NOT NULL,
	applicant_iin TEXT REFERENCES persons(iin),
	applicant_bin TEXT REFERENCES legal_entities(bin),
	basis_kk TEXT NOT NULL,
	basis_ru TEXT NOT NULL,
	registered_at TEXT NOT NULL,
	terminated_at TEXT,                  -- withdrawn or settled
	CHECK (applicant_iin IS NULL OR applicant_bin IS NULL)
);
CREATE INDEX re_claims_by_object ON re_claims (object_id, terminated_at);
