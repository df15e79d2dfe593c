package org.demarche.campaigns.campaign;

import java.util.List;

import org.demarche.platform.security.ServiceAccessRules;
import org.springframework.stereotype.Component;

/** Published letters are public (see {@link OpenLetterController}); everything else follows the common rules. */
@Component
class OpenLetterAccess implements ServiceAccessRules {

    @Override
    public List<String> openPaths() {
        return List.of("/letters/*");
    }
}
