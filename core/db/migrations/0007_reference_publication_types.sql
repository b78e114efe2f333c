-- The kinds of work a record says it is, in the words of its source: PubMed's PublicationType
-- ("Case Reports", "Randomized Controlled Trial", "Review"), RIS M3, Web of Science DT, Scopus
-- "Document Type", EndNote's work type. Stemma's own coarse `type` stays as it is; these labels
-- are the study design hint and a Library filter. One label per line, in the source's order.

ALTER TABLE reference ADD COLUMN publication_types TEXT;
