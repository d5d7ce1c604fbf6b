-- The level above the commune while it existed: until 30/06/2025 a commune
-- proposed higher awards through its district-level People's Committee
-- (upper_name, e.g. "Ủy ban nhân dân thị xã Mỹ Hào"), up to and including
-- upper_until (ISO date). Papers dated later go straight to the province.
ALTER TABLE organisation ADD COLUMN upper_name TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN upper_until TEXT NOT NULL DEFAULT '';
-- The province's regulation on emulation and awards, cited by the papers
-- when the clerk records it ("Quyết định số …/QĐ-UBND ngày … của Ủy ban
-- nhân dân tỉnh … ban hành Quy chế công tác thi đua, khen thưởng").
ALTER TABLE organisation ADD COLUMN regulation TEXT NOT NULL DEFAULT '';
