package ru.opora.security;

public enum OrganisationType {
    REGION, MUNICIPALITY, SCHOOL
}
