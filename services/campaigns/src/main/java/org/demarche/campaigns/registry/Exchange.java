package org.demarche.campaigns.registry;

/** An earlier letter to a target and its reply, recalled in later letters; {@code date} is a month, {@code 2017-07}. */
public record Exchange(String id, String target, String date, String kind, String summary, String url) {
}
