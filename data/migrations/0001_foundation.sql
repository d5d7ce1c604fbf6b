-- The data model of the commendation desk: organisation, plans with their
-- texts, criteria, award forms and rounds, participants, scores, council,
-- meetings and votes, nominations, issued documents, award history,
-- attachments and the audit log.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE organisation (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    name          TEXT NOT NULL DEFAULT '',
    short_name    TEXT NOT NULL DEFAULT '',
    parent        TEXT NOT NULL DEFAULT '',
    place         TEXT NOT NULL DEFAULT '',
    abbreviation  TEXT NOT NULL DEFAULT 'UBND',
    level         TEXT NOT NULL DEFAULT 'xa' CHECK (level IN ('tinh', 'huyen', 'xa')),
    council_name  TEXT NOT NULL DEFAULT '',
    council_abbr  TEXT NOT NULL DEFAULT 'HĐTĐKT',
    clerk_name    TEXT NOT NULL DEFAULT '',
    clerk_office  TEXT NOT NULL DEFAULT '',
    default_place TEXT NOT NULL DEFAULT ''
);

CREATE TABLE signers (
    id        INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL CHECK (full_name <> ''),
    title     TEXT NOT NULL DEFAULT '',
    active    INTEGER NOT NULL DEFAULT 1,
    position  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE plans (
    id                      INTEGER PRIMARY KEY,
    status                  TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
    number                  TEXT NOT NULL DEFAULT '',
    symbol                  TEXT NOT NULL DEFAULT 'KH-UBND',
    issued_on               TEXT NOT NULL DEFAULT '',
    doc_title               TEXT NOT NULL DEFAULT 'KẾ HOẠCH',
    subtitle                TEXT NOT NULL DEFAULT '',
    movement_name           TEXT NOT NULL CHECK (movement_name <> ''),
    participants_intro      TEXT NOT NULL DEFAULT '',
    participants_collective TEXT NOT NULL DEFAULT '',
    participants_individual TEXT NOT NULL DEFAULT '',
    period_text             TEXT NOT NULL DEFAULT '',
    period_start            TEXT NOT NULL DEFAULT '',
    period_end              TEXT NOT NULL DEFAULT '',
    award_subjects          TEXT NOT NULL DEFAULT '',
    award_standards         TEXT NOT NULL DEFAULT '',
    signer_name             TEXT NOT NULL DEFAULT '',
    headings                TEXT NOT NULL DEFAULT '{}',
    threshold_excellent     REAL NOT NULL DEFAULT 90,
    threshold_good          REAL NOT NULL DEFAULT 75,
    threshold_pass          REAL NOT NULL DEFAULT 50,
    several_scorers         INTEGER NOT NULL DEFAULT 0,
    trim_extremes           INTEGER NOT NULL DEFAULT 0,
    created_at              TEXT NOT NULL DEFAULT '',
    updated_at              TEXT NOT NULL DEFAULT ''
);

-- Every list of paragraphs of a plan, one row per paragraph, by section.
CREATE TABLE plan_texts (
    plan_id  INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    section  TEXT NOT NULL,
    position INTEGER NOT NULL,
    marker   TEXT NOT NULL DEFAULT '',
    text     TEXT NOT NULL,
    PRIMARY KEY (plan_id, section, position)
);

CREATE TABLE criteria (
    id         INTEGER PRIMARY KEY,
    plan_id    INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('collective', 'individual')),
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL CHECK (text <> ''),
    short_text TEXT NOT NULL DEFAULT '',
    max_points REAL NOT NULL CHECK (max_points > 0)
);
CREATE INDEX criteria_plan ON criteria(plan_id, kind, position);

CREATE TABLE award_forms (
    id                 INTEGER PRIMARY KEY,
    plan_id            INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    name               TEXT NOT NULL CHECK (name <> ''),
    short_name         TEXT NOT NULL DEFAULT '',
    issuer             TEXT NOT NULL DEFAULT '',
    issuer_level       TEXT NOT NULL CHECK (issuer_level IN ('tinh', 'huyen', 'xa')),
    for_collectives    INTEGER NOT NULL DEFAULT 1,
    for_individuals    INTEGER NOT NULL DEFAULT 1,
    min_classification TEXT NOT NULL DEFAULT 'tot',
    vote_method        TEXT NOT NULL DEFAULT 'secret' CHECK (vote_method IN ('secret', 'hands')),
    vote_threshold     REAL NOT NULL DEFAULT 70 CHECK (vote_threshold > 0 AND vote_threshold <= 100),
    vote_base          TEXT NOT NULL DEFAULT 'all' CHECK (vote_base IN ('all', 'present'))
);
CREATE INDEX award_forms_plan ON award_forms(plan_id, position);

CREATE TABLE award_quotas (
    award_form_id INTEGER NOT NULL REFERENCES award_forms(id) ON DELETE CASCADE,
    round_kind    TEXT NOT NULL CHECK (round_kind IN ('annual', 'final')),
    collectives   INTEGER NOT NULL DEFAULT 0 CHECK (collectives >= 0),
    individuals   INTEGER NOT NULL DEFAULT 0 CHECK (individuals >= 0),
    total         INTEGER NOT NULL DEFAULT 0 CHECK (total >= 0),
    at_most       INTEGER NOT NULL DEFAULT 0,
    text_marker   TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (award_form_id, round_kind)
);

CREATE TABLE rounds (
    id         INTEGER PRIMARY KEY,
    plan_id    INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    key        TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('annual', 'final')),
    name       TEXT NOT NULL DEFAULT '',
    starts_on  TEXT NOT NULL DEFAULT '',
    ends_on    TEXT NOT NULL DEFAULT '',
    decided_on TEXT NOT NULL DEFAULT '',
    UNIQUE (plan_id, key)
);

CREATE TABLE participants (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('collective', 'individual')),
    name             TEXT NOT NULL CHECK (name <> ''),
    search_key       TEXT NOT NULL DEFAULT '',
    archived         INTEGER NOT NULL DEFAULT 0,
    suspended        INTEGER NOT NULL DEFAULT 0,
    suspended_note   TEXT NOT NULL DEFAULT '',
    note             TEXT NOT NULL DEFAULT '',
    head             TEXT NOT NULL DEFAULT '',
    members          INTEGER NOT NULL DEFAULT 0,
    women            INTEGER NOT NULL DEFAULT 0,
    gender           TEXT NOT NULL DEFAULT '',
    birth_date       TEXT NOT NULL DEFAULT '',
    ethnicity        TEXT NOT NULL DEFAULT '',
    hometown         TEXT NOT NULL DEFAULT '',
    residence        TEXT NOT NULL DEFAULT '',
    unit_id          INTEGER REFERENCES participants(id) ON DELETE SET NULL,
    unit             TEXT NOT NULL DEFAULT '',
    position         TEXT NOT NULL DEFAULT '',
    qualification    TEXT NOT NULL DEFAULT '',
    political_theory TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX participants_kind ON participants(kind, archived);
CREATE INDEX participants_unit ON participants(unit_id);

CREATE TABLE council_members (
    id             INTEGER PRIMARY KEY,
    full_name      TEXT NOT NULL CHECK (full_name <> ''),
    office         TEXT NOT NULL DEFAULT '',
    role           TEXT NOT NULL CHECK (role IN ('chu_tich', 'pho_chu_tich', 'uy_vien', 'thu_ky')),
    collective_id  INTEGER REFERENCES participants(id) ON DELETE SET NULL,
    participant_id INTEGER REFERENCES participants(id) ON DELETE SET NULL,
    active         INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE scores (
    round_id       INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    criterion_id   INTEGER NOT NULL REFERENCES criteria(id) ON DELETE CASCADE,
    member_id      INTEGER NOT NULL DEFAULT 0,
    self_score     REAL CHECK (self_score IS NULL OR self_score >= 0),
    council_score  REAL CHECK (council_score IS NULL OR council_score >= 0),
    note           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (round_id, participant_id, criterion_id, member_id)
);
CREATE INDEX scores_participant ON scores(participant_id);

CREATE TABLE attachments (
    id             INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    round_id       INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    mime           TEXT NOT NULL DEFAULT '',
    content        BLOB NOT NULL
);

CREATE TABLE meetings (
    id           INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    round_id     INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    held_at      TEXT NOT NULL DEFAULT '',
    place        TEXT NOT NULL DEFAULT '',
    chair_id     INTEGER REFERENCES council_members(id),
    secretary_id INTEGER REFERENCES council_members(id),
    note         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE meeting_attendees (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES council_members(id),
    PRIMARY KEY (meeting_id, member_id)
);

CREATE TABLE documents (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL,
    number    INTEGER NOT NULL DEFAULT 0,
    year      INTEGER NOT NULL DEFAULT 0,
    symbol    TEXT NOT NULL DEFAULT '',
    issued_on TEXT NOT NULL DEFAULT '',
    title     TEXT NOT NULL DEFAULT '',
    plan_id   INTEGER REFERENCES plans(id),
    round_id  INTEGER REFERENCES rounds(id),
    snapshot  TEXT NOT NULL DEFAULT '{}',
    pdf       BLOB,
    signer    TEXT NOT NULL DEFAULT ''
);
-- One number per series (symbol) and year in the outgoing register.
CREATE UNIQUE INDEX documents_number ON documents(symbol, year, number) WHERE number > 0;

CREATE TABLE nominations (
    id              INTEGER PRIMARY KEY,
    round_id        INTEGER NOT NULL REFERENCES rounds(id),
    award_form_id   INTEGER NOT NULL REFERENCES award_forms(id),
    participant_id  INTEGER NOT NULL REFERENCES participants(id),
    status          TEXT NOT NULL DEFAULT 'du_kien'
                    CHECK (status IN ('du_kien', 'dat', 'khong_dat', 'da_trinh', 'da_khen_thuong', 'khong_duoc_duyet', 'rut')),
    position        INTEGER NOT NULL DEFAULT 0,
    forced_reason   TEXT NOT NULL DEFAULT '',
    achievement     TEXT NOT NULL DEFAULT '',
    proposal_doc_id INTEGER REFERENCES documents(id),
    decision_doc_id INTEGER REFERENCES documents(id)
);
CREATE INDEX nominations_round ON nominations(round_id, award_form_id, position);

CREATE TABLE votes (
    id            INTEGER PRIMARY KEY,
    nomination_id INTEGER NOT NULL REFERENCES nominations(id) ON DELETE CASCADE,
    meeting_id    INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    method        TEXT NOT NULL CHECK (method IN ('secret', 'hands')),
    issued        INTEGER NOT NULL DEFAULT 0 CHECK (issued >= 0),
    returned      INTEGER NOT NULL DEFAULT 0 CHECK (returned >= 0),
    valid         INTEGER NOT NULL DEFAULT 0 CHECK (valid >= 0),
    votes_for     INTEGER NOT NULL DEFAULT 0 CHECK (votes_for >= 0),
    votes_against INTEGER NOT NULL DEFAULT 0 CHECK (votes_against >= 0),
    passed        INTEGER NOT NULL DEFAULT 0,
    UNIQUE (nomination_id, meeting_id)
);

CREATE TABLE vote_recusals (
    vote_id   INTEGER NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES council_members(id),
    PRIMARY KEY (vote_id, member_id)
);

CREATE TABLE award_history (
    id              INTEGER PRIMARY KEY,
    participant_id  INTEGER NOT NULL REFERENCES participants(id),
    year            INTEGER NOT NULL,
    title           TEXT NOT NULL CHECK (title <> ''),
    decision_number TEXT NOT NULL DEFAULT '',
    decision_date   TEXT NOT NULL DEFAULT '',
    issuer          TEXT NOT NULL DEFAULT '',
    nomination_id   INTEGER REFERENCES nominations(id)
);
CREATE INDEX award_history_participant ON award_history(participant_id, year);

-- Append-only: the triggers refuse any change to a written line.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user      TEXT NOT NULL DEFAULT '',
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL DEFAULT 0,
    before    TEXT NOT NULL DEFAULT '',
    after     TEXT NOT NULL DEFAULT '',
    reason    TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
