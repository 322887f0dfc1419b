-- The monthly counts keyed by both companies' regions and the division grew nearly as many rows
-- as enquiries. Each fact now counts at three levels instead: its place (country and region),
-- its country (region '*') and the whole platform (country '*', region '*'). A dashboard reads
-- one level: the platform's few rows per month and division, or a region's.
--
-- A cross-border enquiry counts at the sender's place and at the recipient's: the two lie in
-- different countries, so a region sees each of its enquiries once.

CREATE OR REPLACE FUNCTION dashboard_company_counts(c dashboard_company)
RETURNS TABLE ("month" DATE, "country" TEXT, "region" TEXT, "division" TEXT, "companies" INTEGER, "claimed" INTEGER, "verified" INTEGER, "listings" INTEGER)
LANGUAGE sql IMMUTABLE AS $$
  WITH d(division) AS (
    SELECT '*' UNION ALL
    SELECT unnest(CASE WHEN cardinality(c."divisions") = 0 THEN ARRAY[''] ELSE c."divisions" END)
  ),
  p(country, region) AS (VALUES (c."country", c."region"), (c."country", '*'), ('*', '*')),
  steps(month, companies, claimed, verified) AS (
    SELECT c."created", 1, 0, 0
    UNION ALL SELECT c."claimed", 0, 1, 0 WHERE c."claimed" IS NOT NULL
    UNION ALL SELECT lower(r), 0, 0, 1 FROM unnest(c."verified") r
    UNION ALL SELECT upper(r), 0, 0, -1 FROM unnest(c."verified") r WHERE NOT upper_inf(r)
  )
  SELECT s.month, p.country, p.region, d.division, s.companies, s.claimed, s.verified, 0
  FROM steps s, d, p WHERE c."isCompany"
  UNION ALL
  SELECT m, p.country, p.region, '*', 0, 0, 0, 1 FROM unnest(c."listings") m, p
$$;

DROP TABLE dashboard_enquiry_delta;
DROP TABLE dashboard_enquiry_month;

CREATE TABLE dashboard_enquiry_delta (
  "month" DATE NOT NULL, "fromCountry" TEXT NOT NULL, "country" TEXT NOT NULL, "region" TEXT NOT NULL, "division" TEXT NOT NULL,
  "enquiries" INTEGER NOT NULL
);

CREATE TABLE dashboard_enquiry_month (
  "month" DATE NOT NULL, "fromCountry" TEXT NOT NULL, "country" TEXT NOT NULL, "region" TEXT NOT NULL, "division" TEXT NOT NULL,
  "enquiries" INTEGER NOT NULL,
  PRIMARY KEY ("month", "fromCountry", "country", "region", "division")
);

DROP FUNCTION dashboard_enquiry_counts(dashboard_enquiry);

CREATE FUNCTION dashboard_enquiry_counts(q dashboard_enquiry)
RETURNS TABLE ("month" DATE, "fromCountry" TEXT, "country" TEXT, "region" TEXT, "division" TEXT, "enquiries" INTEGER)
LANGUAGE sql IMMUTABLE AS $$
  SELECT q."month", q."fromCountry", p.country, p.region, d, 1
  FROM unnest(ARRAY['*'] || CASE WHEN cardinality(q."toDivisions") = 0 THEN ARRAY[''] ELSE q."toDivisions" END) d,
    (VALUES ('*', '*'), (q."fromCountry", q."fromRegion"), (q."toCountry", q."toRegion")) p(country, region)
$$;

CREATE OR REPLACE FUNCTION dashboard_enquiry_fact_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO dashboard_enquiry_delta
    SELECT k.month, k."fromCountry", k.country, k.region, k.division, sum(k.enquiries)
    FROM new_facts n, dashboard_enquiry_counts(n) k GROUP BY 1, 2, 3, 4, 5;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO dashboard_enquiry_delta
    SELECT k.month, k."fromCountry", k.country, k.region, k.division, -sum(k.enquiries)
    FROM old_facts o, dashboard_enquiry_counts(o) k GROUP BY 1, 2, 3, 4, 5;
  ELSE
    INSERT INTO dashboard_enquiry_delta
    SELECT month, "fromCountry", country, region, division, sum(enquiries)
    FROM (
      SELECT k.* FROM new_facts n, dashboard_enquiry_counts(n) k
      UNION ALL
      SELECT k.month, k."fromCountry", k.country, k.region, k.division, -k.enquiries FROM old_facts o, dashboard_enquiry_counts(o) k
    ) d
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(enquiries) <> 0;
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION dashboard_fold() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH moved AS (DELETE FROM dashboard_company_delta RETURNING *)
  INSERT INTO dashboard_company_month AS m
  SELECT month, country, region, division, sum(companies), sum(claimed), sum(verified), sum(listings)
  FROM moved GROUP BY 1, 2, 3, 4
  ON CONFLICT ("month", "country", "region", "division") DO UPDATE SET
    "companies" = m."companies" + EXCLUDED."companies", "claimed" = m."claimed" + EXCLUDED."claimed",
    "verified" = m."verified" + EXCLUDED."verified", "listings" = m."listings" + EXCLUDED."listings";
  DELETE FROM dashboard_company_month WHERE "companies" = 0 AND "claimed" = 0 AND "verified" = 0 AND "listings" = 0;

  WITH moved AS (DELETE FROM dashboard_enquiry_delta RETURNING *)
  INSERT INTO dashboard_enquiry_month AS m
  SELECT month, "fromCountry", country, region, division, sum(enquiries)
  FROM moved GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT ("month", "fromCountry", "country", "region", "division") DO UPDATE SET
    "enquiries" = m."enquiries" + EXCLUDED."enquiries";
  DELETE FROM dashboard_enquiry_month WHERE "enquiries" = 0;
END $$;

SELECT dashboard_rebuild();
