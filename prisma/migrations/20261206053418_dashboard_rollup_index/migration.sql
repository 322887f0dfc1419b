-- The dashboards ask for one division ('*', each company once) or skip through the divisions at
-- one level, and always for one region ('*' for a country or the platform); the key's leading
-- month made them read every month's rows of every place.
CREATE INDEX dashboard_company_month_level_idx ON dashboard_company_month ("division", "region", "country", "month")
INCLUDE ("companies", "claimed", "verified", "listings");
