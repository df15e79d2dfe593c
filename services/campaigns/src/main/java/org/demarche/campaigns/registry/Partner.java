package org.demarche.campaigns.registry;

import java.util.List;

/**
 * An organisation that co-signs letters about the countries it is concerned with. Lead partners
 * sign first and give the letter its place-and-date line.
 */
public record Partner(String id, String organisation, String country, String city, String contactName,
                      String contactTitle, String email, String language, String timeZone, boolean lead,
                      List<String> concerns) {
}
