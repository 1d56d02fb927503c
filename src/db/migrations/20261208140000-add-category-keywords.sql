-- Words people use for a category, Thai and English (ขยะ, มูลฝอย, garbage), which the category
-- suggester counts as evidence beside the category's names. Null until the default keywords of a
-- default category are filled in at start (prepareDatabase); an administrator's list, even empty, is kept.
alter table complaint_categories add column keywords text[];
