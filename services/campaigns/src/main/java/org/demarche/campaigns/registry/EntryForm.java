package org.demarche.campaigns.registry;

/** What the registry's two forms, a partner's and a target's, share for the page that shows them. */
interface EntryForm {

    /** The entry's id: typed on a new entry's form, taken from the page's address on an existing one's. */
    String id();

    /** The id typed for a new entry, without the spaces around it; empty when none was typed (the checks say so). */
    default String typedId() {
        return id() == null ? "" : id().strip();
    }
}
