package org.demarche.outreach;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Partners' side: sign-on emails, personal sign-on pages, reminders and delivery results. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OutreachApplication {

    public static void main(String[] args) {
        SpringApplication.run(OutreachApplication.class, args);
    }
}
