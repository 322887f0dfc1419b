-- A TRUNCATE ... CASCADE of an organization truncates the facts in the same statement, so the
-- rebuild it triggers may not truncate them again: it deletes instead.
CREATE OR REPLACE FUNCTION dashboard_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM dashboard_company;
  DELETE FROM dashboard_enquiry;
  DELETE FROM dashboard_company_delta;
  DELETE FROM dashboard_company_month;
  DELETE FROM dashboard_enquiry_delta;
  DELETE FROM dashboard_enquiry_month;
  PERFORM dashboard_refresh_companies(ARRAY(SELECT o."id" FROM "Organization" o));
  PERFORM dashboard_refresh_enquiries(ARRAY(
    SELECT q."id" FROM "Enquiry" q
    JOIN "Organization" s ON s."id" = q."senderOrganizationId" JOIN "Organization" r ON r."id" = q."recipientOrganizationId"
    WHERE (s."country" = 'DE' AND r."country" = 'CZ') OR (s."country" = 'CZ' AND r."country" = 'DE')));
  PERFORM dashboard_fold();
END $$;
