package org.demarche.campaigns;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The case registry, the campaign rules, letter drafts and the deadlines counted back from meetings. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CampaignsApplication {

    public static void main(String[] args) {
        SpringApplication.run(CampaignsApplication.class, args);
    }
}
