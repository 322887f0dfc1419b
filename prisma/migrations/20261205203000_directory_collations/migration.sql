-- Collations for listing names in the visitor's language (lib/companies/queries.ts). The server's
-- own "xx-x-icu" collations depend on how initdb ran; these exist wherever the migration ran.
-- German puts "Bäckerei" before "Broušené sklo"; Czech sorts "Chemie" after "Hotel", and both
-- ignore case and accents before they look at them.
CREATE COLLATION IF NOT EXISTS "directory_de" (provider = icu, locale = 'de');
CREATE COLLATION IF NOT EXISTS "directory_cs" (provider = icu, locale = 'cs');
CREATE COLLATION IF NOT EXISTS "directory_en" (provider = icu, locale = 'en');
