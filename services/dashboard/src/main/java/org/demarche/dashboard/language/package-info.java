/**
 * The language of the leads' pages: English or French, chosen with {@code ?lang=} (kept in a
 * cookie), otherwise the browser's Accept-Language, otherwise English. Only languages the message
 * bundles have are ever chosen, so {@code <html lang>} always names the language the page is in.
 */
package org.demarche.dashboard.language;
