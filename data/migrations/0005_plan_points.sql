-- Whether the printed plan gives each criterion's maximum points after it
-- ("… (30 điểm)"), as the plans whose text gives them do.
ALTER TABLE plans ADD COLUMN print_points INTEGER NOT NULL DEFAULT 0 CHECK (print_points IN (0, 1));
