package org.demarche.campaigns.casefile;

/**
 * A ruling or resolution about a country joined the case file: drafts about the country are
 * brought up to date in the same transaction. Published in-process only.
 *
 * @param country the respondent, ISO 3166-1 alpha-2
 * @param what    in words, for the draft's reason: "a new judgment: Ilgar Mammadov v. Azerbaijan ..."
 */
public record CaseFileChanged(String country, String what) {
}
