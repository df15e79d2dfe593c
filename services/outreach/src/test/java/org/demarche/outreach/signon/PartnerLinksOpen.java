package org.demarche.outreach.signon;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Outreach's own access rules ({@link PartnerLinksAccess}: the partners' paths are open), for the
 * {@code @WebMvcTest} slices of partners' pages, which do not scan components.
 */
@TestConfiguration
@Import(PartnerLinksAccess.class)
public class PartnerLinksOpen {
}
