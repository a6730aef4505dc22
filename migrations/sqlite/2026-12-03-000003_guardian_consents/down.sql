DROP TABLE guardian_consents;
