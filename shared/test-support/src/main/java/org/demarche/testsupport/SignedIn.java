package org.demarche.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The people the page tests sign in as, the same in every service: Lena the lead, Amina the
 * coordinator, the administrator. A MockMvc request {@code .with(SignedIn.COORDINATOR)} is theirs, in
 * a slice ({@code @WebMvcTest}) as in a whole service; {@link #as} names someone else when a test
 * tells people apart.
 */
public final class SignedIn {

    public static final RequestPostProcessor LEAD = as("lena", "LEAD");
    public static final RequestPostProcessor COORDINATOR = as("amina", "COORDINATOR");
    public static final RequestPostProcessor ADMIN = as("admin", "ADMIN");

    private SignedIn() {
    }

    /** Someone signed in under {@code username} with {@code role} (LEAD, COORDINATOR or ADMIN). */
    public static RequestPostProcessor as(String username, String role) {
        return user(username).roles(role);
    }
}
