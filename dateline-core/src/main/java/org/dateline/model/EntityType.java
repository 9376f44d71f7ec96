package org.dateline.model;

/** Coarse named-entity classes, the ones every engine can give. */
public enum EntityType { PERSON, ORGANIZATION, LOCATION, MISC }
