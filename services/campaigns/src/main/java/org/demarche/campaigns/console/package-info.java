/**
 * The coordinators' console: server-rendered pages (Thymeleaf, English and French) over the same
 * application services as the JSON APIs — campaigns and their manual actions, draft versions and
 * the draft editor, the registry's partners and targets, the court records held for a coordinator.
 * The pages validate nothing themselves: they turn form fields into the APIs' request records, and
 * show the problems those name next to the fields, keeping what the coordinator typed.
 */
package org.demarche.campaigns.console;
