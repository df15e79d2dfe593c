package org.demarche.campaigns.letter;

/**
 * An earlier exchange with the addressee on the same subject, e.g. a previous open letter and the
 * reply to it.
 *
 * @param date    year and month, {@code "2017-07"}
 * @param kind    e.g. "open-letter-and-reply"
 * @param summary one or more sentences recalling the exchange
 * @param url     where the earlier letter can be read, may be {@code null}
 */
public record ExchangeFacts(String date, String kind, String summary, String url) {
}
