-- Coordinates of each search document's place (from its city, see lib/geo/gazetteer.ts), for
-- "within N km of <place>". Written by hand like the rest of the search tables.
ALTER TABLE search_documents
  ADD COLUMN geo_lat double precision,
  ADD COLUMN geo_lon double precision;

-- Radius searches first narrow to the circle's bounding box through this index, then measure the
-- exact distance on the few rows inside. Built-in point and box types: no extension needed.
CREATE INDEX search_documents_geo_idx ON search_documents USING gist (point(geo_lon, geo_lat))
  WHERE geo_lat IS NOT NULL;
