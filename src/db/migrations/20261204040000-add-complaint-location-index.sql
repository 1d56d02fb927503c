-- Likely duplicates within 200 m (findDuplicateCandidates): the category's complaints in a band of
-- latitude, instead of every complaint of the category in the last 30 days.
create index complaints_location_idx on complaints (category_code, lat) where merged_into is null and lat is not null;
