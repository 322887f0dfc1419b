-- Dashboard rollups: the statistics dashboards read monthly counts instead of every company and
-- enquiry. They are exact, never estimates:
--   1. one fact row per organization (dashboard_company) and per cross-border enquiry
--      (dashboard_enquiry) holds what the dashboards count of it. Triggers on every table a fact
--      is made of recompute the facts it touches, after locking them, so concurrent writers
--      take turns and the last one computes from everything committed before it.
--   2. every change of a fact appends its difference (new minus old) to a delta table. Writers
--      only append, so they never wait for each other on a shared counter row.
--   3. dashboard_fold() moves the deltas into the monthly tables (the scheduler does it under its
--      lock). Readers add the monthly rows and the pending deltas in one statement, so what they
--      see is exact whether or not the fold has run.
--
-- Months are first days of UTC months. A company counts in a period ending before month E when
-- its month is before E; so a step at month m (companies, claimed) is a +1 delta at m, and a
-- verification from month v to a revocation in month r holds for the ends in (v, r]: +1 at v,
-- -1 at r. Division '*' rows count each company or enquiry once (for places and months); the
-- other rows count it once per NACE division, '' for none. Region '' means none.

CREATE TABLE dashboard_company (
  "id"        TEXT PRIMARY KEY REFERENCES "Organization"("id") ON DELETE CASCADE,
  "isCompany" BOOLEAN NOT NULL,
  "country"   TEXT NOT NULL,
  "region"    TEXT NOT NULL,
  "created"   DATE NOT NULL,
  -- The month from which it counts as claimed (its first member's, not before its creation).
  "claimed"   DATE,
  -- The months whose ends find it verified, as [v, r) ranges of month keys, from its creation on.
  "verified"  DATEMULTIRANGE NOT NULL,
  "divisions" TEXT[] NOT NULL,
  -- The creation month of each of its listings.
  "listings"  DATE[] NOT NULL
);

CREATE TABLE dashboard_company_delta (
  "month" DATE NOT NULL, "country" TEXT NOT NULL, "region" TEXT NOT NULL, "division" TEXT NOT NULL,
  "companies" INTEGER NOT NULL, "claimed" INTEGER NOT NULL, "verified" INTEGER NOT NULL, "listings" INTEGER NOT NULL
);

CREATE TABLE dashboard_company_month (
  "month" DATE NOT NULL, "country" TEXT NOT NULL, "region" TEXT NOT NULL, "division" TEXT NOT NULL,
  "companies" INTEGER NOT NULL, "claimed" INTEGER NOT NULL, "verified" INTEGER NOT NULL, "listings" INTEGER NOT NULL,
  PRIMARY KEY ("month", "country", "region", "division")
);

-- Only enquiries between a German and a Czech company, by their current places.
CREATE TABLE dashboard_enquiry (
  "id"          TEXT PRIMARY KEY REFERENCES "Enquiry"("id") ON DELETE CASCADE,
  "month"       DATE NOT NULL,
  "fromCountry" TEXT NOT NULL,
  "fromRegion"  TEXT NOT NULL,
  "toCountry"   TEXT NOT NULL,
  "toRegion"    TEXT NOT NULL,
  "toDivisions" TEXT[] NOT NULL
);

CREATE TABLE dashboard_enquiry_delta (
  "month" DATE NOT NULL, "fromCountry" TEXT NOT NULL, "fromRegion" TEXT NOT NULL, "toCountry" TEXT NOT NULL, "toRegion" TEXT NOT NULL,
  "division" TEXT NOT NULL, "enquiries" INTEGER NOT NULL
);

CREATE TABLE dashboard_enquiry_month (
  "month" DATE NOT NULL, "fromCountry" TEXT NOT NULL, "fromRegion" TEXT NOT NULL, "toCountry" TEXT NOT NULL, "toRegion" TEXT NOT NULL,
  "division" TEXT NOT NULL, "enquiries" INTEGER NOT NULL,
  PRIMARY KEY ("month", "fromCountry", "fromRegion", "toCountry", "toRegion", "division")
);

-- What one fact adds to the monthly counts.
CREATE FUNCTION dashboard_company_counts(c dashboard_company)
RETURNS TABLE ("month" DATE, "country" TEXT, "region" TEXT, "division" TEXT, "companies" INTEGER, "claimed" INTEGER, "verified" INTEGER, "listings" INTEGER)
LANGUAGE sql IMMUTABLE AS $$
  WITH d(division) AS (
    SELECT '*' UNION ALL
    SELECT unnest(CASE WHEN cardinality(c."divisions") = 0 THEN ARRAY[''] ELSE c."divisions" END)
  ),
  steps(month, companies, claimed, verified) AS (
    SELECT c."created", 1, 0, 0
    UNION ALL SELECT c."claimed", 0, 1, 0 WHERE c."claimed" IS NOT NULL
    UNION ALL SELECT lower(r), 0, 0, 1 FROM unnest(c."verified") r
    UNION ALL SELECT upper(r), 0, 0, -1 FROM unnest(c."verified") r WHERE NOT upper_inf(r)
  )
  SELECT s.month, c."country", c."region", d.division, s.companies, s.claimed, s.verified, 0
  FROM steps s, d WHERE c."isCompany"
  UNION ALL
  SELECT m, c."country", c."region", '*', 0, 0, 0, 1 FROM unnest(c."listings") m
$$;

CREATE FUNCTION dashboard_enquiry_counts(q dashboard_enquiry)
RETURNS TABLE ("month" DATE, "fromCountry" TEXT, "fromRegion" TEXT, "toCountry" TEXT, "toRegion" TEXT, "division" TEXT, "enquiries" INTEGER)
LANGUAGE sql IMMUTABLE AS $$
  SELECT q."month", q."fromCountry", q."fromRegion", q."toCountry", q."toRegion", d, 1
  FROM unnest(ARRAY['*'] || CASE WHEN cardinality(q."toDivisions") = 0 THEN ARRAY[''] ELSE q."toDivisions" END) d
$$;

-- Facts changed: append new minus old. Statement-level, so a bulk write appends once.
CREATE FUNCTION dashboard_company_fact_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO dashboard_company_delta
    SELECT k.month, k.country, k.region, k.division, sum(k.companies), sum(k.claimed), sum(k.verified), sum(k.listings)
    FROM new_facts n, dashboard_company_counts(n) k GROUP BY 1, 2, 3, 4;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO dashboard_company_delta
    SELECT k.month, k.country, k.region, k.division, -sum(k.companies), -sum(k.claimed), -sum(k.verified), -sum(k.listings)
    FROM old_facts o, dashboard_company_counts(o) k GROUP BY 1, 2, 3, 4;
  ELSE
    INSERT INTO dashboard_company_delta
    SELECT month, country, region, division, sum(companies), sum(claimed), sum(verified), sum(listings)
    FROM (
      SELECT k.* FROM new_facts n, dashboard_company_counts(n) k
      UNION ALL
      SELECT k.month, k.country, k.region, k.division, -k.companies, -k.claimed, -k.verified, -k.listings FROM old_facts o, dashboard_company_counts(o) k
    ) d
    GROUP BY 1, 2, 3, 4
    HAVING sum(companies) <> 0 OR sum(claimed) <> 0 OR sum(verified) <> 0 OR sum(listings) <> 0;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER dashboard_company_inserted AFTER INSERT ON dashboard_company
REFERENCING NEW TABLE AS new_facts FOR EACH STATEMENT EXECUTE FUNCTION dashboard_company_fact_changed();
CREATE TRIGGER dashboard_company_updated AFTER UPDATE ON dashboard_company
REFERENCING OLD TABLE AS old_facts NEW TABLE AS new_facts FOR EACH STATEMENT EXECUTE FUNCTION dashboard_company_fact_changed();
CREATE TRIGGER dashboard_company_deleted AFTER DELETE ON dashboard_company
REFERENCING OLD TABLE AS old_facts FOR EACH STATEMENT EXECUTE FUNCTION dashboard_company_fact_changed();

CREATE FUNCTION dashboard_enquiry_fact_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO dashboard_enquiry_delta
    SELECT k.month, k."fromCountry", k."fromRegion", k."toCountry", k."toRegion", k.division, sum(k.enquiries)
    FROM new_facts n, dashboard_enquiry_counts(n) k GROUP BY 1, 2, 3, 4, 5, 6;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO dashboard_enquiry_delta
    SELECT k.month, k."fromCountry", k."fromRegion", k."toCountry", k."toRegion", k.division, -sum(k.enquiries)
    FROM old_facts o, dashboard_enquiry_counts(o) k GROUP BY 1, 2, 3, 4, 5, 6;
  ELSE
    INSERT INTO dashboard_enquiry_delta
    SELECT month, "fromCountry", "fromRegion", "toCountry", "toRegion", division, sum(enquiries)
    FROM (
      SELECT k.* FROM new_facts n, dashboard_enquiry_counts(n) k
      UNION ALL
      SELECT k.month, k."fromCountry", k."fromRegion", k."toCountry", k."toRegion", k.division, -k.enquiries FROM old_facts o, dashboard_enquiry_counts(o) k
    ) d
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(enquiries) <> 0;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER dashboard_enquiry_inserted AFTER INSERT ON dashboard_enquiry
REFERENCING NEW TABLE AS new_facts FOR EACH STATEMENT EXECUTE FUNCTION dashboard_enquiry_fact_changed();
CREATE TRIGGER dashboard_enquiry_updated AFTER UPDATE ON dashboard_enquiry
REFERENCING OLD TABLE AS old_facts NEW TABLE AS new_facts FOR EACH STATEMENT EXECUTE FUNCTION dashboard_enquiry_fact_changed();
CREATE TRIGGER dashboard_enquiry_deleted AFTER DELETE ON dashboard_enquiry
REFERENCING OLD TABLE AS old_facts FOR EACH STATEMENT EXECUTE FUNCTION dashboard_enquiry_fact_changed();

-- Recompute the facts of these organizations from their rows (an organization that no longer
-- exists loses its fact). The lock first: a writer that waited for it then reads what the
-- one before it committed.
CREATE FUNCTION dashboard_refresh_companies(ids TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  PERFORM 1 FROM dashboard_company f WHERE f."id" = ANY (ids) ORDER BY f."id" FOR UPDATE;
  DELETE FROM dashboard_company f WHERE f."id" = ANY (ids) AND NOT EXISTS (SELECT 1 FROM "Organization" o WHERE o."id" = f."id");
  INSERT INTO dashboard_company AS f ("id", "isCompany", "country", "region", "created", "claimed", "verified", "divisions", "listings")
  SELECT o."id", o."kind" = 'COMPANY', o."country", COALESCE(o."regionId", ''), m.created,
    (SELECT GREATEST(m.created, s.first) FROM (
       SELECT date_trunc('month', min(ms."createdAt"))::date AS first FROM "Membership" ms WHERE ms."organizationId" = o."id"
     ) s WHERE s.first IS NOT NULL),
    COALESCE((
      SELECT range_agg(daterange(v.since, CASE WHEN v.until IS NOT NULL THEN GREATEST(v.since, v.until) END, '[)'))
      FROM (
        SELECT date_trunc('month', cv."verifiedAt")::date AS since, date_trunc('month', cv."revokedAt")::date AS until
        FROM "CompanyVerification" cv WHERE cv."companyId" = o."id"
      ) v
    ), '{}'::datemultirange) * datemultirange(daterange(m.created, NULL, '[)')),
    COALESCE((
      SELECT array_agg(d.division ORDER BY d.division) FROM (
        SELECT DISTINCT CASE WHEN i."level" IN ('class', 'group') THEN COALESCE(i."parentCode", left(i."code", 2)) ELSE i."code" END AS division
        FROM "OrganizationIndustry" oi JOIN "Industry" i ON i."code" = oi."industryCode" WHERE oi."organizationId" = o."id"
      ) d
    ), '{}'),
    COALESCE((SELECT array_agg(date_trunc('month', l."createdAt")::date ORDER BY l."createdAt") FROM "Listing" l WHERE l."organizationId" = o."id"), '{}')
  FROM "Organization" o CROSS JOIN LATERAL (SELECT date_trunc('month', o."createdAt")::date AS created) m
  WHERE o."id" = ANY (ids)
  ON CONFLICT ("id") DO UPDATE SET
    "isCompany" = EXCLUDED."isCompany", "country" = EXCLUDED."country", "region" = EXCLUDED."region", "created" = EXCLUDED."created",
    "claimed" = EXCLUDED."claimed", "verified" = EXCLUDED."verified", "divisions" = EXCLUDED."divisions", "listings" = EXCLUDED."listings"
  WHERE (f."isCompany", f."country", f."region", f."created", f."claimed", f."verified", f."divisions", f."listings")
    IS DISTINCT FROM (EXCLUDED."isCompany", EXCLUDED."country", EXCLUDED."region", EXCLUDED."created", EXCLUDED."claimed", EXCLUDED."verified", EXCLUDED."divisions", EXCLUDED."listings");
END $$;

-- The same for enquiries, by their companies' current countries and regions and the
-- recipient's divisions from its fact. The companies' facts are locked for share first: a
-- concurrent change of a company (which locks its fact for update before it looks for the
-- company's enquiries) then either sees this enquiry or is seen by it.
CREATE FUNCTION dashboard_refresh_enquiries(ids TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  PERFORM 1 FROM dashboard_company c
  WHERE c."id" IN (
    SELECT q."senderOrganizationId" FROM "Enquiry" q WHERE q."id" = ANY (ids)
    UNION SELECT q."recipientOrganizationId" FROM "Enquiry" q WHERE q."id" = ANY (ids))
  ORDER BY c."id" FOR SHARE;
  PERFORM 1 FROM dashboard_enquiry f WHERE f."id" = ANY (ids) ORDER BY f."id" FOR UPDATE;
  WITH fresh AS (
    SELECT q."id", date_trunc('month', q."createdAt")::date AS "month", s."country" AS "fromCountry", COALESCE(s."regionId", '') AS "fromRegion",
      r."country" AS "toCountry", COALESCE(r."regionId", '') AS "toRegion", COALESCE(rf."divisions", '{}') AS "toDivisions"
    FROM "Enquiry" q
    JOIN "Organization" s ON s."id" = q."senderOrganizationId"
    JOIN "Organization" r ON r."id" = q."recipientOrganizationId"
    LEFT JOIN dashboard_company rf ON rf."id" = r."id"
    WHERE q."id" = ANY (ids) AND ((s."country" = 'DE' AND r."country" = 'CZ') OR (s."country" = 'CZ' AND r."country" = 'DE'))
  ),
  gone AS (
    DELETE FROM dashboard_enquiry f WHERE f."id" = ANY (ids) AND NOT EXISTS (SELECT 1 FROM fresh WHERE fresh."id" = f."id")
  )
  INSERT INTO dashboard_enquiry AS f SELECT * FROM fresh
  ON CONFLICT ("id") DO UPDATE SET
    "month" = EXCLUDED."month", "fromCountry" = EXCLUDED."fromCountry", "fromRegion" = EXCLUDED."fromRegion",
    "toCountry" = EXCLUDED."toCountry", "toRegion" = EXCLUDED."toRegion", "toDivisions" = EXCLUDED."toDivisions"
  WHERE (f."month", f."fromCountry", f."fromRegion", f."toCountry", f."toRegion", f."toDivisions")
    IS DISTINCT FROM (EXCLUDED."month", EXCLUDED."fromCountry", EXCLUDED."fromRegion", EXCLUDED."toCountry", EXCLUDED."toRegion", EXCLUDED."toDivisions");
END $$;

-- A table a company fact is made of changed. TG_ARGV[0] names its organization column;
-- TG_ARGV[1] = 'received' when the change also reaches the enquiries the organization received.
CREATE FUNCTION dashboard_company_source_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  before_ids TEXT[];
  after_ids TEXT[];
  ids TEXT[];
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) FROM old_rows', TG_ARGV[0]) INTO before_ids;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) FROM new_rows', TG_ARGV[0]) INTO after_ids;
  END IF;
  ids := ARRAY(SELECT DISTINCT unnest(COALESCE(before_ids, '{}') || COALESCE(after_ids, '{}')));
  PERFORM dashboard_refresh_companies(ids);
  IF TG_ARGV[1] = 'received' THEN
    PERFORM dashboard_refresh_enquiries(ARRAY(SELECT q."id" FROM "Enquiry" q WHERE q."recipientOrganizationId" = ANY (ids)));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER dashboard_organization_inserted AFTER INSERT ON "Organization"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_company_source_changed('id');

-- A change of country or region moves the organization's enquiries too.
CREATE FUNCTION dashboard_organization_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids TEXT[];
  moved TEXT[];
BEGIN
  ids := ARRAY(
    SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    WHERE (o."kind", o."country", o."regionId", o."createdAt") IS DISTINCT FROM (n."kind", n."country", n."regionId", n."createdAt"));
  PERFORM dashboard_refresh_companies(ids);
  moved := ARRAY(SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE (o."country", o."regionId") IS DISTINCT FROM (n."country", n."regionId"));
  IF cardinality(moved) > 0 THEN
    PERFORM dashboard_refresh_enquiries(ARRAY(
      SELECT q."id" FROM "Enquiry" q WHERE q."senderOrganizationId" = ANY (moved)
      UNION SELECT q."id" FROM "Enquiry" q WHERE q."recipientOrganizationId" = ANY (moved)));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER dashboard_organization_updated AFTER UPDATE ON "Organization"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_organization_updated();

CREATE TRIGGER dashboard_membership_inserted AFTER INSERT ON "Membership"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_company_source_changed('organizationId');
CREATE TRIGGER dashboard_membership_updated AFTER UPDATE ON "Membership"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_company_source_changed('organizationId');
CREATE TRIGGER dashboard_membership_deleted AFTER DELETE ON "Membership"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_company_source_changed('organizationId');

CREATE TRIGGER dashboard_verification_inserted AFTER INSERT ON "CompanyVerification"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_company_source_changed('companyId');
CREATE TRIGGER dashboard_verification_updated AFTER UPDATE ON "CompanyVerification"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_company_source_changed('companyId');
CREATE TRIGGER dashboard_verification_deleted AFTER DELETE ON "CompanyVerification"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_company_source_changed('companyId');

CREATE TRIGGER dashboard_listing_inserted AFTER INSERT ON "Listing"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_company_source_changed('organizationId');
CREATE TRIGGER dashboard_listing_updated AFTER UPDATE ON "Listing"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_company_source_changed('organizationId');
CREATE TRIGGER dashboard_listing_deleted AFTER DELETE ON "Listing"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_company_source_changed('organizationId');

CREATE TRIGGER dashboard_industry_filing_inserted AFTER INSERT ON "OrganizationIndustry"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_company_source_changed('organizationId', 'received');
CREATE TRIGGER dashboard_industry_filing_updated AFTER UPDATE ON "OrganizationIndustry"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_company_source_changed('organizationId', 'received');
CREATE TRIGGER dashboard_industry_filing_deleted AFTER DELETE ON "OrganizationIndustry"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_company_source_changed('organizationId', 'received');

-- A taxonomy update that moves a class to another division moves the companies filed under it.
CREATE FUNCTION dashboard_industry_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids TEXT[];
BEGIN
  -- Renamed names change nothing counted; the code, level and parent make the division.
  ids := ARRAY(
    SELECT oi."organizationId"
    FROM (SELECT "code", "level", "parentCode" FROM new_rows EXCEPT SELECT "code", "level", "parentCode" FROM old_rows) c
    JOIN "OrganizationIndustry" oi ON oi."industryCode" = c."code");
  IF cardinality(ids) = 0 THEN RETURN NULL; END IF;
  PERFORM dashboard_refresh_companies(ids);
  PERFORM dashboard_refresh_enquiries(ARRAY(SELECT q."id" FROM "Enquiry" q WHERE q."recipientOrganizationId" = ANY (ids)));
  RETURN NULL;
END $$;

CREATE TRIGGER dashboard_industry_updated AFTER UPDATE ON "Industry"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_industry_updated();

-- Enquiries: written, or moved to other companies or months. A deleted enquiry loses its fact by
-- cascade.
CREATE FUNCTION dashboard_enquiry_source_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM dashboard_refresh_enquiries(ARRAY(SELECT n."id" FROM new_rows n));
  ELSE
    -- Most updates are new messages in the thread, which count nothing.
    PERFORM dashboard_refresh_enquiries(ARRAY(
      SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      WHERE (o."createdAt", o."senderOrganizationId", o."recipientOrganizationId")
        IS DISTINCT FROM (n."createdAt", n."senderOrganizationId", n."recipientOrganizationId")));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER dashboard_enquiry_written AFTER INSERT ON "Enquiry"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_enquiry_source_changed();
CREATE TRIGGER dashboard_enquiry_changed AFTER UPDATE ON "Enquiry"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_enquiry_source_changed();

-- Moves the pending deltas into the monthly counts in one statement, so a concurrent reader
-- sees them in one place or the other, never both or neither.
CREATE FUNCTION dashboard_fold() RETURNS void LANGUAGE plpgsql AS $$
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
  SELECT month, "fromCountry", "fromRegion", "toCountry", "toRegion", division, sum(enquiries)
  FROM moved GROUP BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("month", "fromCountry", "fromRegion", "toCountry", "toRegion", "division") DO UPDATE SET
    "enquiries" = m."enquiries" + EXCLUDED."enquiries";
  DELETE FROM dashboard_enquiry_month WHERE "enquiries" = 0;
END $$;

-- Everything again from the rows; also after a TRUNCATE, which fires no row triggers.
CREATE FUNCTION dashboard_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE dashboard_company, dashboard_company_delta, dashboard_company_month, dashboard_enquiry, dashboard_enquiry_delta, dashboard_enquiry_month;
  PERFORM dashboard_refresh_companies(ARRAY(SELECT o."id" FROM "Organization" o));
  PERFORM dashboard_refresh_enquiries(ARRAY(
    SELECT q."id" FROM "Enquiry" q
    JOIN "Organization" s ON s."id" = q."senderOrganizationId" JOIN "Organization" r ON r."id" = q."recipientOrganizationId"
    WHERE (s."country" = 'DE' AND r."country" = 'CZ') OR (s."country" = 'CZ' AND r."country" = 'DE')));
  PERFORM dashboard_fold();
END $$;

CREATE FUNCTION dashboard_source_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_rebuild();
  RETURN NULL;
END $$;

CREATE TRIGGER dashboard_organization_truncated AFTER TRUNCATE ON "Organization" FOR EACH STATEMENT EXECUTE FUNCTION dashboard_source_truncated();
CREATE TRIGGER dashboard_membership_truncated AFTER TRUNCATE ON "Membership" FOR EACH STATEMENT EXECUTE FUNCTION dashboard_source_truncated();
CREATE TRIGGER dashboard_verification_truncated AFTER TRUNCATE ON "CompanyVerification" FOR EACH STATEMENT EXECUTE FUNCTION dashboard_source_truncated();
CREATE TRIGGER dashboard_listing_truncated AFTER TRUNCATE ON "Listing" FOR EACH STATEMENT EXECUTE FUNCTION dashboard_source_truncated();
CREATE TRIGGER dashboard_industry_filing_truncated AFTER TRUNCATE ON "OrganizationIndustry" FOR EACH STATEMENT EXECUTE FUNCTION dashboard_source_truncated();
CREATE TRIGGER dashboard_industry_truncated AFTER TRUNCATE ON "Industry" FOR EACH STATEMENT EXECUTE FUNCTION dashboard_source_truncated();
CREATE TRIGGER dashboard_enquiry_truncated AFTER TRUNCATE ON "Enquiry" FOR EACH STATEMENT EXECUTE FUNCTION dashboard_source_truncated();

SELECT dashboard_rebuild();
