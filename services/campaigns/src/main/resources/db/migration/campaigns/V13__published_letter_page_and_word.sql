-- What is kept of a letter at publication besides its HTML, text and PDF: the Word document, the
-- picture of its first page that a shared link shows, and what its public page shows (JSON: the
-- parts, the named signatories, how many signed without being named). Letters published before
-- have them made on first request, from the same version and signatures.
ALTER TABLE published_letter ADD COLUMN docx BYTEA;
ALTER TABLE published_letter ADD COLUMN first_page_png BYTEA;
ALTER TABLE published_letter ADD COLUMN page TEXT;
