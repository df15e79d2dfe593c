package org.demarche.testsupport.featurefixture.tidy.registry;

/** Public: the letter uses it. */
public class Registry {

    private final Partners partners = new Partners();

    public String partner(String id) {
        return partners.named(id);
    }
}
