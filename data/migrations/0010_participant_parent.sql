-- A collective's direct superior (cơ quan cấp trên trực tiếp): the line
-- above its name in the header of its papers, and the body confirming its
-- báo cáo thành tích. Empty means the commune's People's Committee, which
-- is what every collective had before.
ALTER TABLE participants ADD COLUMN parent TEXT NOT NULL DEFAULT '';
