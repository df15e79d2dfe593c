package org.demarche.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare service standing on the platform, for the platform's own integration tests. */
@SpringBootApplication
public class PlatformTestApplication {
}
