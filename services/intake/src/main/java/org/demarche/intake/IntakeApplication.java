package org.demarche.intake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Coordinators' way in: meetings, rulings and resolutions become events. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IntakeApplication {

    public static void main(String[] args) {
        SpringApplication.run(IntakeApplication.class, args);
    }
}
