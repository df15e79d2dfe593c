/**
 * What every service's pages share, so that the four services read as one product: the page's
 * language ({@code ?lang=}, then the one cookie {@code DEMARCHE_LANG}, then Accept-Language, then
 * English), the header with the navigation to every area of every service as the person's role
 * allows ({@code templates/demarche/chrome.html}), the one stylesheet ({@code /demarche/site.css})
 * and the one way to show a moment. A service's own templates include the header and add only their
 * content.
 */
package org.demarche.platform.page;
