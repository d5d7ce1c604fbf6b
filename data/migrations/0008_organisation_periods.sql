-- The organisation's structure over time: each paper takes the period in
-- force on its own date. A period holds, from valid_from to valid_until
-- (ISO dates, both days included; '' leaves that end open), the issuer's
-- name, the line printed above it in a header (parent, '' for none), the
-- district-level People's Committee proposals went through (upper_name,
-- '' for none) and the province.
CREATE TABLE organisation_periods (
	id          INTEGER PRIMARY KEY,
	valid_from  TEXT NOT NULL DEFAULT '',
	valid_until TEXT NOT NULL DEFAULT '',
	name        TEXT NOT NULL DEFAULT '',
	parent      TEXT NOT NULL DEFAULT '',
	upper_name  TEXT NOT NULL DEFAULT '',
	province    TEXT NOT NULL DEFAULT ''
);

-- Today's single row becomes its periods, as the papers printed it: while
-- the district level held (to upper_until, or 30/06/2025 when not set) the
-- header's upper line was the district's Committee; from the next day, the
-- recorded parent (the province). The row itself is kept as it was.
INSERT INTO organisation_periods(valid_from, valid_until, name, parent, upper_name, province)
SELECT '', CASE WHEN upper_until <> '' THEN upper_until ELSE '2025-06-30' END,
	name, upper_name, upper_name,
	CASE WHEN instr(parent, 'tỉnh ') > 0 THEN substr(parent, instr(parent, 'tỉnh '))
	     WHEN instr(parent, 'thành phố ') > 0 THEN substr(parent, instr(parent, 'thành phố ')) ELSE '' END
FROM organisation WHERE id = 1 AND upper_name <> '';

INSERT INTO organisation_periods(valid_from, valid_until, name, parent, upper_name, province)
SELECT CASE WHEN upper_name <> '' THEN date(CASE WHEN upper_until <> '' THEN upper_until ELSE '2025-06-30' END, '+1 day') ELSE '' END,
	'', name, parent, '',
	CASE WHEN instr(parent, 'tỉnh ') > 0 THEN substr(parent, instr(parent, 'tỉnh '))
	     WHEN instr(parent, 'thành phố ') > 0 THEN substr(parent, instr(parent, 'thành phố ')) ELSE '' END
FROM organisation WHERE id = 1 AND name <> '';
